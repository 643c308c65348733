import { describe, expect, it } from 'vitest';
import { JsonPath } from './json-path';

describe('JsonPath', () => {
  it('names the member being read, with identifiers dotted and other keys quoted', () => {
    const path = new JsonPath();
    path.push(false);
    path.setKey('values');
    path.push(true);
    path.nextIndex();
    path.nextIndex();
    path.push(false);
    path.setKey('mått och steg');

    expect(path.toString()).toBe('values[2]["mått och steg"]');
  });

  it('names the container between its members', () => {
    const path = new JsonPath();
    path.push(false);
    path.setKey('values');
    path.push(true);
    path.betweenIndices();
    expect(path.toString()).toBe('values');

    path.pop();
    path.setKey(null);
    expect(path.toString()).toBe('');
  });
});
