import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGoalHistoryStore } from './goal-history.store';
import { createFakeApi } from './testing/fake-api';
import { sampleHistory, samplePlan2020 } from './testing/sample-answers';

describe('goal history store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('loads the history and names linked goals with one plan read per linked year', async () => {
    const api = createFakeApi({
      'GET /api/goals/g-2005-d3/history': { body: sampleHistory },
      'GET /api/committees/socialnamnden/plans/2020': { body: samplePlan2020 },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useGoalHistoryStore();
    await store.load('g-2005-d3');
    expect(store.history?.entries).toHaveLength(2);
    expect(store.linkedGoals['g-2020-o1']).toMatchObject({ year: 2020, goal: { number: 1, focusAreaId: 'en-oppen-kommun' } });
    expect(api.calls.map((call) => call.path)).toEqual(['/api/goals/g-2005-d3/history', '/api/committees/socialnamnden/plans/2020']);
  });

  it('still shows the history when a linked plan cannot be read', async () => {
    vi.stubGlobal('fetch', createFakeApi({ 'GET /api/goals/g-2005-d3/history': { body: sampleHistory } }).fetch);
    const store = useGoalHistoryStore();
    await store.load('g-2005-d3');
    expect(store.history?.goalId).toBe('g-2005-d3');
    expect(store.linkedGoals).toEqual({});
    expect(store.problem).toBeNull();
  });

  it('rewords with the revision the editor saw, then reloads', async () => {
    const api = createFakeApi({
      'PATCH /api/goals/g-2005-d3': { body: { streamId: 'plan-socialnamnden-2005', revision: 15, position: '40' } },
      'GET /api/goals/g-2005-d3/history': { body: sampleHistory },
    });
    vi.stubGlobal('fetch', api.fetch);
    const store = useGoalHistoryStore();
    const change = { text: 'Ny lydelse', reason: 'Tydligare', expectedRevision: 1 };
    expect(await store.reword('g-2005-d3', change)).toBe(true);
    expect(api.calls[0]).toEqual({ method: 'PATCH', path: '/api/goals/g-2005-d3', body: change });
    expect(api.calls[1]?.path).toBe('/api/goals/g-2005-d3/history');
    expect(store.lastSaved).toBe('40');
  });

  it('keeps the refused fields of a 400 for the form to show', async () => {
    const refused = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body is not valid: reason must not be empty',
      issues: [{ path: ['reason'], message: 'must not be empty' }],
    };
    vi.stubGlobal('fetch', createFakeApi({ 'PATCH /api/goals/g-2005-d3': { status: 400, body: refused } }).fetch);
    const store = useGoalHistoryStore();
    expect(await store.reword('g-2005-d3', { text: 'Ny', reason: ' ', expectedRevision: 0 })).toBe(false);
    expect(store.saveProblem?.issues).toEqual([{ path: ['reason'], message: 'must not be empty' }]);
    store.clearRewordProblem();
    expect(store.saveProblem).toBeNull();
  });
});
