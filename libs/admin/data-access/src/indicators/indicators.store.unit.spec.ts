import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import type { IndicatorSummary } from './indicator-schemas';
import { useIndicatorsStore } from './indicators.store';
import { sampleIndicatorList, sampleLinkedGoalHistory } from './sample-indicator-answers';

const created = { indicatorId: 'invanare', streamId: 'indicator-invanare', revision: 0, position: '49', changed: true };

describe('indicators store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('lists the indicators and names each linked goal once, from its history', async () => {
    const api = createFakeApi({
      'GET /api/indicators': { body: sampleIndicatorList },
      'GET /api/goals/goal-effect-1/history': { body: sampleLinkedGoalHistory },
      'GET /api/goals/goal-effect-7/history': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No goal goal-effect-7' } },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorsStore();
    await store.load();
    expect(store.indicators.map((indicator) => indicator.indicatorId)).toEqual(['sn-nojdhet-omsorg', 'sn-besvarsarenden']);
    await vi.waitFor(() => expect(store.goals.size).toBe(1));
    expect(store.goals.get('goal-effect-1')).toEqual({ goalId: 'goal-effect-1', committeeId: 'socialnamnden', year: 2005, kind: 'effect', number: 1, text: 'Andelen nöjda personer ska öka till 75 %.' });
    // A goal that cannot be read is not the list's failure, and is not asked for again.
    expect(store.problem).toBeNull();
    await store.load();
    expect(api.calls.filter((call) => call.path.startsWith('/api/goals/'))).toHaveLength(2);
  });

  it("keeps the API's problem when the list cannot be read", async () => {
    vi.stubGlobal('fetch', createFakeApi({ 'GET /api/indicators': { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'The read model is rebuilding' } } }).fetch);
    const store = useIndicatorsStore();
    await store.load();
    expect([store.loaded, store.problem?.message]).toEqual([false, 'The read model is rebuilding']);
  });

  it('defines an indicator and reads the list again', async () => {
    let list = sampleIndicatorList;
    const api = createFakeApi({
      'GET /api/indicators': () => ({ body: list }),
      'POST /api/indicators': (call) => {
        list = [...sampleIndicatorList, { ...(sampleIndicatorList[1] as IndicatorSummary), indicatorId: 'invanare', name: 'Invånare', goals: [] }];
        return { status: 201, body: { ...created, indicatorId: (call.body as { indicatorId: string }).indicatorId } };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorsStore();
    const result = await store.define({ indicatorId: 'invanare', name: 'Invånare', unit: 'count', direction: 'increase', measurementMethod: 'Kolada', dataSource: 'Kolada', koladaKpiId: 'N00001' });
    expect(result).toEqual({ ok: true, value: created });
    expect(store.indicators.map((indicator) => indicator.indicatorId)).toContain('invanare');
  });

  it('answers a refused definition with the field paths, and leaves the list as it was', async () => {
    const refusal = { statusCode: 400, error: 'Bad Request', message: 'The indicator command is not valid', issues: [{ path: ['koladaKpiId'], message: 'must be a Kolada KPI id: a letter and five digits, e.g. N00945' }] };
    const api = createFakeApi({ 'GET /api/indicators': { body: sampleIndicatorList }, 'POST /api/indicators': { status: 400, body: refusal } });
    vi.stubGlobal('fetch', api.fetch);
    const store = useIndicatorsStore();
    await store.load();
    const result = await store.define({ name: 'X', unit: 'count', direction: 'increase', measurementMethod: 'm', dataSource: 'd', koladaKpiId: 'XYZ' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.issues).toEqual(refusal.issues);
    expect(store.indicators).toHaveLength(2);
    expect(api.calls.filter((call) => call.path === '/api/indicators' && call.method === 'GET')).toHaveLength(1);
  });
});
