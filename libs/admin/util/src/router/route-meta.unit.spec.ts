import { describe, expect, it } from 'vitest';
import { safeRedirect } from './route-meta';

describe('safeRedirect', () => {
  it('follows paths inside the app, query included', () => {
    expect(safeRedirect('/planer/socialnamnden/2020?asOf=2026-01-01T00:00:00Z')).toBe('/planer/socialnamnden/2020?asOf=2026-01-01T00:00:00Z');
    expect(safeRedirect(['/mal/g1'])).toBe('/mal/g1');
  });

  it('refuses other origins and anything that is not a path', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example', undefined, null, 42]) {
      expect(safeRedirect(value)).toBe('/');
    }
    expect(safeRedirect('x', '/planer')).toBe('/planer');
  });
});
