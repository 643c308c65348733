import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeRoute } from '../testing/fake-api';
import { samplePlan2005, samplePlan2020 } from '../testing/sample-answers';
import { useCompareStore } from './compare.store';
import { sampleDiff, sampleLineage } from './sample-compare-answers';

const routes: Record<string, FakeRoute> = {
  'GET /api/committees/socialnamnden/plans/2005': { body: samplePlan2005 },
  'GET /api/committees/socialnamnden/plans/2020': { body: samplePlan2020 },
  'GET /api/committees/socialnamnden/diff': { body: sampleDiff() },
  'GET /api/committees/socialnamnden/lineage': { body: sampleLineage() },
};

describe('compare store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('reads both plans, the diff and the lineage of the two years', async () => {
    const api = createFakeApi(routes);
    vi.stubGlobal('fetch', api.fetch);
    const store = useCompareStore();
    await store.load({ committeeId: 'socialnamnden', from: 2005, to: 2020 });
    expect(store.comparison?.diff.reworded.map((pair) => [pair.from.goalId, pair.relation])).toEqual([
      ['g-2005-d3', 'merged'],
      ['g-2005-e1', 'merged'],
    ]);
    expect(store.comparison?.lineage.links).toHaveLength(3);
    expect(store.comparison?.fromPlan.year).toBe(2005);
    expect(api.calls.map((call) => call.path).sort()).toEqual([
      '/api/committees/socialnamnden/diff?from=2005&to=2020',
      '/api/committees/socialnamnden/lineage?from=2005&to=2020',
      '/api/committees/socialnamnden/plans/2005',
      '/api/committees/socialnamnden/plans/2020',
    ]);
  });

  it("keeps the API's problem and shows no half comparison when one read fails", async () => {
    const refused = { statusCode: 404, error: 'Not Found', message: 'No plan 2020 for socialnamnden' };
    vi.stubGlobal('fetch', createFakeApi({ ...routes, 'GET /api/committees/socialnamnden/plans/2020': { status: 404, body: refused } }).fetch);
    const store = useCompareStore();
    await store.load({ committeeId: 'socialnamnden', from: 2005, to: 2020 });
    expect(store.comparison).toBeNull();
    expect(store.problem?.message).toBe('No plan 2020 for socialnamnden');
    expect(store.loading).toBe(false);
  });

  it('rejects an answer that does not match the domain types', async () => {
    vi.stubGlobal('fetch', createFakeApi({ ...routes, 'GET /api/committees/socialnamnden/diff': { body: { fromYear: 2005 } } }).fetch);
    const store = useCompareStore();
    await store.load({ committeeId: 'socialnamnden', from: 2005, to: 2020 });
    expect(store.comparison).toBeNull();
    expect(store.problem?.kind).toBe('contract');
  });
});
