import type { PlanView } from '@goaltrail/goals-domain';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session.store';
import { createFakeApi, type FakeRoute } from '../testing/fake-api';
import { sampleHistory, samplePlan2020, samplePlans } from '../testing/sample-answers';
import { useDraftStore } from './draft.store';

const plansPath = '/api/committees/socialnamnden/plans';
const noPlan = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No plan for 2021', rule: 'plan-exists' } };
const written = { body: { streamId: 'plan-socialnamnden-2021', revision: 12, position: '99' } };
const draft2021: PlanView = { ...samplePlan2020, year: 2021, status: 'draft', adoption: null, carriedForwardFrom: 2020 };

function givenApi(routes: Record<string, FakeRoute>) {
  const api = createFakeApi({ [`GET ${plansPath}`]: { body: samplePlans }, [`GET ${plansPath}/2020`]: { body: samplePlan2020 }, ...routes });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

describe('draft store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('knows a year without a plan, and the latest earlier year to carry forward', async () => {
    givenApi({ [`GET ${plansPath}/2021`]: noPlan });
    const store = useDraftStore();
    await store.load('socialnamnden', 2021);
    expect(store.missing).toBe(true);
    expect(store.plan).toBeNull();
    expect(store.problem).toBeNull();
    expect(store.earlierYears.map((entry) => entry.year)).toEqual([2005, 2020]);
    expect(store.previous?.year).toBe(2020);
  });

  it('carries a year forward, then reads the new draft', async () => {
    let drafted = false;
    const api = givenApi({
      [`GET ${plansPath}/2021`]: () => (drafted ? { body: draft2021 } : noPlan),
      [`POST ${plansPath}/2021`]: () => ((drafted = true), written),
    });
    const store = useDraftStore();
    await store.load('socialnamnden', 2021);
    expect((await store.start(2020)).ok).toBe(true);
    expect(api.calls.find((call) => call.method === 'POST')).toMatchObject({ path: `${plansPath}/2021`, body: { fromYear: 2020 } });
    expect(store.missing).toBe(false);
    expect(store.plan?.carriedForwardFrom).toBe(2020);
  });

  it('sends each drafting write to its endpoint with its body', async () => {
    const api = givenApi({
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      [`POST ${plansPath}/2021/goals`]: { status: 201, body: { ...written.body, goalId: 'g-new' } },
      [`POST ${plansPath}/2021/focus-areas`]: { status: 201, body: { ...written.body, focusAreaId: 'en-trygg-kommun' } },
      'POST /api/goals/g-2020-l1/retire': written,
      'POST /api/lineage': { status: 201, ...written },
      [`POST ${plansPath}/2021/adopt`]: written,
    });
    const store = useDraftStore();
    await store.load('socialnamnden', 2021);
    const added = await store.addGoal({ kind: 'committee', number: 2, text: 'Ett nytt mål', focusAreaId: 'en-oppen-kommun' });
    expect(added).toEqual({ ok: true, value: { ...written.body, goalId: 'g-new' } });
    await store.addFocusArea({ title: 'En trygg kommun', description: ['Där alla känner sig trygga'] });
    await store.retire('g-2020-l1', 'Ingår i ett annat mål');
    await store.link({ fromGoalId: 'g-2020-l1', toGoalId: 'g-new', relation: 'replaced', rationale: 'Samma syfte', fromYear: 2020, toYear: 2021 });
    expect((await store.adopt({ decisionRef: 'SOCN 2020/98 § 12', decidedOn: '2020-12-14' })).ok).toBe(true);
    const writes = api.calls.filter((call) => call.method === 'POST').map((call) => [call.path, call.body]);
    expect(writes).toEqual([
      [`${plansPath}/2021/goals`, { kind: 'committee', number: 2, text: 'Ett nytt mål', focusAreaId: 'en-oppen-kommun' }],
      [`${plansPath}/2021/focus-areas`, { title: 'En trygg kommun', description: ['Där alla känner sig trygga'] }],
      ['/api/goals/g-2020-l1/retire', { reason: 'Ingår i ett annat mål' }],
      ['/api/lineage', { fromGoalId: 'g-2020-l1', toGoalId: 'g-new', relation: 'replaced', rationale: 'Samma syfte', fromYear: 2020, toYear: 2021 }],
      [`${plansPath}/2021/adopt`, { decisionRef: 'SOCN 2020/98 § 12', decidedOn: '2020-12-14' }],
    ]);
  });

  it("answers a refused write's problem to the form that sent it, not to the whole view", async () => {
    const refused = { statusCode: 400, error: 'Bad Request', message: 'not valid', issues: [{ path: ['text'], message: 'must not be empty' }] };
    givenApi({ [`GET ${plansPath}/2021`]: { body: draft2021 }, [`POST ${plansPath}/2021/goals`]: { status: 400, body: refused } });
    const store = useDraftStore();
    await store.load('socialnamnden', 2021);
    const result = await store.addGoal({ kind: 'effect', number: 1, text: ' ' });
    expect(result).toMatchObject({ ok: false, problem: { status: 400, issues: [{ path: ['text'], message: 'must not be empty' }] } });
    expect(store.problem).toBeNull();
  });

  it('on a stale rewording shows the wording that won, with who wrote it', async () => {
    const conflict = { statusCode: 409, error: 'Conflict', message: 'Goal g-2005-d3 is at revision 1', currentRevision: 1 };
    const history = { ...sampleHistory, entries: sampleHistory.entries.map((entry) => ({ ...entry, year: 2021 })) };
    givenApi({
      [`GET ${plansPath}/2021`]: { body: draft2021 },
      'PATCH /api/goals/g-2005-d3': { status: 409, body: conflict },
      'GET /api/goals/g-2005-d3/history': { body: history },
    });
    const store = useDraftStore();
    await store.load('socialnamnden', 2021);
    const outcome = await store.reword('g-2005-d3', { text: 'Min lydelse', reason: 'Kortare', expectedRevision: 0 });
    expect(outcome).toMatchObject({
      kind: 'conflict',
      theirs: { text: 'De värderingar som ligger till grund för prioriteringarna ska göras tydliga för Nackaborna.', revision: 1, actor: 'pia.planner' },
    });
  });

  it('ends the session when a write answers 401', async () => {
    const signedOut = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' } };
    givenApi({ [`GET ${plansPath}/2021`]: { body: draft2021 }, [`POST ${plansPath}/2021/adopt`]: signedOut });
    const session = useSessionStore();
    session.user = { username: 'pia.planner', role: 'planner' };
    const store = useDraftStore();
    await store.load('socialnamnden', 2021);
    expect((await store.adopt({ decisionRef: 'x', decidedOn: '2020-12-14' })).ok).toBe(false);
    expect(session.user).toBeNull();
  });
});
