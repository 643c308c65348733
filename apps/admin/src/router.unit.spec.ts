import { createFakeApi, sampleUsers, type FakeRoute } from '@goaltrail/admin-data-access';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from './router';

const signedOut = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } };

function routerWith(me: FakeRoute) {
  const api = createFakeApi({ 'GET /api/auth/me': me });
  vi.stubGlobal('fetch', api.fetch);
  return { router: createAppRouter({ pinia: createPinia(), history: createMemoryHistory() }), api };
}

describe('app router', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves every feature route by its Swedish path', () => {
    const { router } = routerWith(signedOut);
    expect(router.resolve('/').name).toBe('home');
    expect(router.resolve('/logga-in').name).toBe('sign-in');
    expect(router.resolve('/sign-in').name).toBe('sign-in');
    expect(router.resolve('/planer').name).toBe('committees');
    expect(router.resolve('/planer/socialnamnden').name).toBe('committee-plans');
    expect(router.resolve('/planer/socialnamnden/2020?asOf=2026-01-01T00:00:00Z').name).toBe('plan');
    expect(router.resolve('/mal/abc').name).toBe('goal-history');
    expect(router.resolve('/jamfor?committee=socialnamnden&from=2005&to=2020').name).toBe('compare');
    expect(router.resolve('/granskning?type=GoalAdded').name).toBe('audit');
    expect(router.resolve('/aterspelning').name).toBe('replay');
    expect(router.resolve('/replay').name).toBe('replay');
    expect(router.resolve('/planer/socialnamnden/2021/utkast').name).toBe('plan-draft');
    expect(router.resolve('/importera').name).toBe('import');
    expect(router.resolve('/no/such/page').name).toBe('not-found');
  });

  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    const { router } = routerWith(signedOut);
    await router.push('/planer/socialnamnden/2005?asOf=2026-01-01T00:00:00Z');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query['redirect']).toBe('/planer/socialnamnden/2005?asOf=2026-01-01T00:00:00Z');
  });

  it('lets a signed-in user through, asking the server only once', async () => {
    const { router, api } = routerWith({ body: sampleUsers.auditor });
    await router.push('/planer');
    await router.push('/mal/g1');
    expect(router.currentRoute.value.name).toBe('goal-history');
    expect(api.calls.filter((call) => call.path === '/api/auth/me')).toHaveLength(1);
  });

  it('shows the not-found page without a session', async () => {
    const { router } = routerWith(signedOut);
    await router.push('/nowhere');
    expect(router.currentRoute.value.name).toBe('not-found');
  });
});
