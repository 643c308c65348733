import { describe, expect, it } from 'vitest';
import { createAppRouter } from './router';

describe('app router', () => {
  it('resolves the start page and sends unknown paths to the not-found view', async () => {
    const router = createAppRouter();
    expect(router.resolve('/').name).toBe('home');
    expect(router.resolve('/no/such/page').name).toBe('not-found');
  });

  it('titles the document after the route', async () => {
    const router = createAppRouter();
    await router.push('/');
    expect(document.title).toBe('Start · Målspåret');
    await router.push('/nowhere');
    expect(document.title).toBe('Sidan finns inte · Målspåret');
  });
});
