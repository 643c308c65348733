import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@goaltrail/event-store';
import { rebuildProjections } from '@goaltrail/goals-application';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from './api-client.fixture';

const oldWording = 'Andelen nöjda brukare inom äldreomsorgen ska öka till 75 %';
const newWording = 'Andelen nöjda brukare inom äldreomsorgen och hemtjänsten ska öka till 80 %';

// The scenario over real HTTP on the embedded store, then the same answers after a restart
// that rebuilds the read model from zero.
describe('planner drafts 2021 from 2020, rewords a goal and adopts it', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-api-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let planner: Caller;
  let goalId: string;
  let beforeRewording: string;
  const answers = new Map<string, unknown>();

  beforeAll(async () => {
    api = await startApi(dataDir);
    const admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    expect((await admin.post('/users', { username: 'planera', password: 'planerarens-lösen', role: 'planner' })).status).toBe(201);
    expect((await admin.post('/committees', { committeeId: 'socialnamnden', name: 'Socialnämnden' })).status).toBe(201);
    planner = await Caller.login(api.baseUrl, 'planera', 'planerarens-lösen');
    expect((await planner.post('/committees/socialnamnden/plans/2020')).status).toBe(201);
    const added = await planner.post('/committees/socialnamnden/plans/2020/goals', { kind: 'effect', number: 1, text: oldWording });
    expect(added.status).toBe(201);
    goalId = added.body['goalId'] as string;
    expect((await planner.post('/committees/socialnamnden/plans/2020/adopt', { decisionRef: 'SN 2019/§ 120', decidedOn: '2019-12-16' })).status).toBe(200);
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('carries 2020 forward into a 2021 draft', async () => {
    expect((await planner.post('/committees/socialnamnden/plans/2021', { fromYear: 2020 })).status).toBe(201);
    const plan = await planner.get('/committees/socialnamnden/plans/2021');
    expect(plan.status).toBe(200);
    expect(JSON.stringify(plan.body)).toContain(oldWording);
    beforeRewording = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('rewords the goal, refuses a stale edit with the current revision, and adopts', async () => {
    const reworded = await planner.patch(`/goals/${goalId}`, { text: newWording, reason: 'Hemtjänsten ingår', expectedRevision: 0 });
    expect(reworded.status).toBe(200);
    const stale = await planner.patch(`/goals/${goalId}`, { text: 'Något annat', reason: 'x', expectedRevision: 0 });
    expect(stale).toMatchObject({ status: 409, body: { currentRevision: 1 } });
    const adopted = await planner.post('/committees/socialnamnden/plans/2021/adopt', { decisionRef: 'SN 2020/§ 98', decidedOn: '2020-12-14' });
    expect(adopted.status).toBe(200);
    const edit = await planner.patch(`/goals/${goalId}`, { text: 'Efter beslut', reason: 'x', expectedRevision: 1 });
    expect(edit).toMatchObject({ status: 422, body: { rule: 'adopted-plan-is-immutable' } });
  });

  it('shows the new wording now and the old one as recorded before the rewording', async () => {
    const now = await planner.get('/committees/socialnamnden/plans/2021');
    expect(JSON.stringify(now.body)).toContain(newWording);
    const then = await planner.get(`/committees/socialnamnden/plans/2021?asOf=${encodeURIComponent(beforeRewording)}`);
    expect(then.status).toBe(200);
    expect(JSON.stringify(then.body)).toContain(oldWording);
    expect(JSON.stringify(then.body)).not.toContain(newWording);
    answers.set('now', now.body).set('then', then.body);
  });

  it('lists both wordings in the goal history with the actor', async () => {
    const history = await planner.get(`/goals/${goalId}/history`);
    expect(history.status).toBe(200);
    const text = JSON.stringify(history.body);
    expect(text).toContain(oldWording);
    expect(text).toContain(newWording);
    expect(text).toContain('"planera"');
    expect(text).toContain('Hemtjänsten ingår');
    answers.set('history', history.body);
  });

  it('diffs 2020 → 2021 word by word', async () => {
    const diff = await planner.get('/committees/socialnamnden/diff?from=2020&to=2021');
    expect(diff.status).toBe(200);
    const text = JSON.stringify(diff.body);
    expect(text).toContain('hemtjänsten');
    expect(text).toMatch(/"(insert|delete)"/);
    answers.set('diff', diff.body);
  });

  it('exports the plan as Markdown and CSV', async () => {
    const markdown = await fetch(`${api.baseUrl}/api/committees/socialnamnden/plans/2021/export?format=md`, {
      headers: { cookie: planner.cookieHeader },
    });
    expect(markdown.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(await markdown.text()).toContain(`1. ${newWording}`);
    const csv = await fetch(`${api.baseUrl}/api/committees/socialnamnden/plans/2021/export?format=csv`, {
      headers: { cookie: planner.cookieHeader },
    });
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="socialnamnden-2021.csv"');
    expect(await csv.text()).toContain(newWording);
    expect((await planner.get('/committees/socialnamnden/plans/2021/export?format=pdf')).status).toBe(400);
  });

  it('gives the same answers after a restart rebuilds the read model from zero', async () => {
    const admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    const live = await admin.get('/projections');
    await api.app.close();
    // What `goaltrail rebuild` does: a model from position zero has the live model's fingerprint.
    const store = await createEventStore({ kind: 'pglite', dataDir });
    const rebuilt = await rebuildProjections(store);
    await store.close();
    expect(rebuilt.fingerprint()).toBe(live.body['fingerprint']);
    expect(rebuilt.eventCount).toBe(live.body['events']);
    api = await startApi(dataDir);
    const again = await Caller.login(api.baseUrl, 'planera', 'planerarens-lösen');
    expect((await again.get('/committees/socialnamnden/plans/2021')).body).toEqual(answers.get('now'));
    expect((await again.get(`/committees/socialnamnden/plans/2021?asOf=${encodeURIComponent(beforeRewording)}`)).body).toEqual(answers.get('then'));
    expect((await again.get(`/goals/${goalId}/history`)).body).toEqual(answers.get('history'));
    expect((await again.get('/committees/socialnamnden/diff?from=2020&to=2021')).body).toEqual(answers.get('diff'));
  });
});
