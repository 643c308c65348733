import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlansStore } from './plans.store';
import { useSessionStore } from './session.store';
import { createFakeApi } from './testing/fake-api';
import { sampleCommittees, samplePlan2005, samplePlan2020, samplePlans, sampleUsers } from './testing/sample-answers';

describe('plans store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('lists committees and their years', async () => {
    vi.stubGlobal('fetch', createFakeApi({
      'GET /api/committees': { body: sampleCommittees },
      'GET /api/committees/socialnamnden/plans': { body: samplePlans },
    }).fetch);
    const store = usePlansStore();
    await store.loadCommittees();
    await store.loadPlans('socialnamnden');
    expect(store.committee('socialnamnden')?.name).toBe('Socialnämnden');
    expect(store.plansOf('socialnamnden')?.map((plan) => `${plan.year}:${plan.status}:${plan.goalCount}`)).toEqual(['2005:draft:3', '2020:adopted:2']);
    expect(store.plansOf('other')).toBeUndefined();
  });

  it('reads a plan as of a recorded instant through the query string', async () => {
    const api = createFakeApi({ 'GET /api/committees/socialnamnden/plans/2005': { body: samplePlan2005 } });
    vi.stubGlobal('fetch', api.fetch);
    const store = usePlansStore();
    await store.loadPlan({ committeeId: 'socialnamnden', year: 2005, asOf: '2026-03-01T12:00:00.000Z' });
    expect(api.calls[0]?.path).toBe('/api/committees/socialnamnden/plans/2005?asOf=2026-03-01T12%3A00%3A00.000Z');
    expect(store.plan?.year).toBe(2005);
  });

  it('keeps the API problem of a plan that did not exist at that time', async () => {
    const missing = { statusCode: 404, error: 'Not Found', message: 'socialnamnden has no plan for 2020', rule: 'plan-exists' };
    vi.stubGlobal('fetch', createFakeApi({ 'GET /api/committees/socialnamnden/plans/2020': { status: 404, body: missing } }).fetch);
    const store = usePlansStore();
    await store.loadPlan({ committeeId: 'socialnamnden', year: 2020, asOf: '2020-01-01T00:00:00.000Z' });
    expect(store.plan).toBeNull();
    expect(store.planProblem).toMatchObject({ status: 404, rule: 'plan-exists', message: missing.message });
  });

  it('shows the newest request only: a slow earlier answer is dropped', async () => {
    let releaseSlow: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
    const api = createFakeApi({
      'GET /api/committees/socialnamnden/plans/2005': { body: samplePlan2005 },
      'GET /api/committees/socialnamnden/plans/2020': { body: samplePlan2020 },
    });
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/2005')) await slow;
      return api.fetch(input, init);
    });
    const store = usePlansStore();
    const first = store.loadPlan({ committeeId: 'socialnamnden', year: 2005, asOf: null });
    await store.loadPlan({ committeeId: 'socialnamnden', year: 2020, asOf: null });
    releaseSlow();
    await first;
    expect(store.plan?.year).toBe(2020);
    expect(store.planLoading).toBe(false);
  });

  it('rejects an answer that breaks the contract', async () => {
    vi.stubGlobal('fetch', createFakeApi({ 'GET /api/committees': { body: [{ name: 'Utan id' }] } }).fetch);
    const store = usePlansStore();
    await store.loadCommittees();
    expect(store.committeesProblem).toMatchObject({ kind: 'contract', path: '/api/committees' });
  });

  it('ends the local session when the API answers 401', async () => {
    vi.stubGlobal('fetch', createFakeApi({
      'POST /api/auth/login': { body: sampleUsers.auditor },
      'GET /api/committees': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } },
    }).fetch);
    const session = useSessionStore();
    await session.login({ username: 'arne.auditor', password: 'x' });
    await usePlansStore().loadCommittees();
    expect(session.user).toBeNull();
  });

  it('says the server is not answering when fetch fails', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const store = usePlansStore();
    await store.loadCommittees();
    expect(store.committeesProblem?.kind).toBe('network');
  });
});
