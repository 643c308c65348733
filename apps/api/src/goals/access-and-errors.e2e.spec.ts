import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from './api-client.fixture';

describe('who may do what, and what bad input gets', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-api-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Caller;
  let planner: Caller;
  let auditor: Caller;
  let anonymous: Caller;
  let goalId: string;

  beforeAll(async () => {
    api = await startApi(dataDir);
    admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    await admin.post('/users', { username: 'planera', password: 'planerarens-lösen', role: 'planner' });
    await admin.post('/users', { username: 'revisor', password: 'revisorns-lösenord', role: 'auditor' });
    planner = await Caller.login(api.baseUrl, 'planera', 'planerarens-lösen');
    auditor = await Caller.login(api.baseUrl, 'revisor', 'revisorns-lösenord');
    anonymous = new Caller(api.baseUrl);
    await admin.post('/committees', { committeeId: 'socialnamnden', name: 'Socialnämnden' });
    await planner.post('/committees/socialnamnden/plans/2020');
    goalId = (await planner.post('/committees/socialnamnden/plans/2020/goals', { kind: 'effect', number: 1, text: 'Trygg kommun' })).body['goalId'] as string;
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const writes = (): [string, string, unknown][] => [
    ['POST', '/committees', { committeeId: 'ny', name: 'Ny nämnd' }],
    ['POST', '/committees/socialnamnden/plans/2021', {}],
    ['POST', '/committees/socialnamnden/plans/2020/goals', { kind: 'effect', number: 2, text: 'x' }],
    ['POST', '/committees/socialnamnden/plans/2020/focus-areas', { title: 'En hållbar kommun', description: [] }],
    ['POST', '/committees/socialnamnden/plans/2020/adopt', { decisionRef: 'SN 1', decidedOn: '2019-12-16' }],
    ['PATCH', `/goals/${goalId}`, { text: 'Annan', reason: 'r', expectedRevision: 0 }],
    ['POST', `/goals/${goalId}/retire`, { reason: 'r' }],
    ['POST', '/lineage', { fromGoalId: goalId, toGoalId: null, relation: 'retired', rationale: 'r' }],
    ['POST', '/users', { username: 'ny', password: 'ett-långt-lösenord', role: 'planner' }],
  ];

  it('refuses every write to an auditor with 403, writing nothing', async () => {
    const before = (await auditor.get('/health')).body['headPosition'];
    for (const [method, path, body] of writes()) {
      const answer = await auditor.call(method, path, body);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status: 403 });
    }
    expect((await auditor.get('/health')).body['headPosition']).toBe(before);
  });

  it('lets an auditor read everything', async () => {
    for (const path of ['/committees', '/committees/socialnamnden/plans', '/committees/socialnamnden/plans/2020', `/goals/${goalId}/history`, '/events', '/audit/verify', '/users']) {
      expect({ path, status: (await auditor.get(path)).status }).toEqual({ path, status: 200 });
    }
  });

  it('answers 401 to anyone not signed in, for reads and writes', async () => {
    for (const [method, path, body] of [...writes(), ['GET', '/committees', undefined] as [string, string, unknown], ['GET', '/events', undefined] as [string, string, unknown]]) {
      expect({ path, status: (await anonymous.call(method, path, body)).status }).toEqual({ path, status: 401 });
    }
  });

  it('answers bad input with 400 and field paths, and writes nothing', async () => {
    const before = (await planner.get('/health')).body['headPosition'];
    const bad = await planner.post('/committees/socialnamnden/plans/2020/goals', { kind: 'wish', number: 0, text: '' });
    expect(bad.status).toBe(400);
    expect((bad.body['issues'] as { path: string[] }[]).map((issue) => issue.path[0])).toEqual(['kind', 'number', 'text']);
    expect((await planner.post('/committees/socialnamnden/plans/nineteen', {})).status).toBe(400);
    expect((await planner.get('/committees/socialnamnden/plans/2020?asOf=yesterday')).status).toBe(400);
    expect((await planner.get('/committees/socialnamnden/diff?from=2021&to=2020')).status).toBe(400);
    expect((await planner.get('/health')).body['headPosition']).toBe(before);
  });

  it('answers unknown ids with 404 and broken rules with 422 naming the rule', async () => {
    expect((await planner.get('/committees/socialnamnden/plans/1999')).status).toBe(404);
    expect((await planner.patch('/goals/no-such-goal', { text: 'x', reason: 'y', expectedRevision: 0 })).status).toBe(404);
    const empty = await planner.post('/committees/socialnamnden/plans/2022');
    expect(empty.status).toBe(201);
    const adoptEmpty = await planner.post('/committees/socialnamnden/plans/2022/adopt', { decisionRef: 'SN 9', decidedOn: '2021-12-01' });
    expect(adoptEmpty.status).toBe(422);
    expect(adoptEmpty.body['rule']).toEqual(expect.any(String));
  });

  it('pages the raw event log without password hashes, and verifies the chain', async () => {
    const first = await auditor.get('/events?limit=2');
    expect(first.status).toBe(200);
    expect((first.body['events'] as unknown[]).length).toBe(2);
    const rest = await auditor.get(`/events?after=${first.body['next']}&limit=1000`);
    const all = [...(first.body['events'] as unknown[]), ...(rest.body['events'] as unknown[])];
    expect(JSON.stringify(all)).toContain('"[redacted]"');
    expect(JSON.stringify(all)).not.toContain('$argon2');
    expect((await auditor.get('/audit/verify')).body).toMatchObject({ ok: true, checked: all.length });
  });

  it('changes an adopted plan only as an amendment carrying its decision', async () => {
    await planner.post('/committees/socialnamnden/plans/2020/adopt', { decisionRef: 'SN 2019/§ 120', decidedOn: '2019-12-16' });
    const edit = { text: 'Trygg och säker kommun', reason: 'Förtydligande', expectedRevision: 0 };
    expect((await planner.patch(`/goals/${goalId}`, edit)).body['rule']).toBe('adopted-plan-is-immutable');
    const half = await planner.patch(`/goals/${goalId}`, { ...edit, decisionRef: 'SN 2020/§ 12' });
    expect(half).toMatchObject({ status: 400, body: { issues: [{ path: ['decidedOn'] }] } });
    const amended = await planner.patch(`/goals/${goalId}`, { ...edit, decisionRef: 'SN 2020/§ 12', decidedOn: '2020-02-10' });
    expect(amended.status).toBe(200);
    const plan = await planner.get('/committees/socialnamnden/plans/2020');
    expect(plan.body['status']).toBe('amended');
    expect(JSON.stringify(plan.body)).toContain('Trygg och säker kommun');
    expect(JSON.stringify((await planner.get(`/goals/${goalId}/history`)).body)).toContain('SN 2020/§ 12');
  });

  it('documents the API with OpenAPI at /api/docs', async () => {
    const document = await anonymous.get('/docs/openapi.json');
    expect(document.status).toBe(200);
    const paths = Object.keys(document.body['paths'] as object);
    expect(paths).toEqual(expect.arrayContaining(['/api/health', '/api/committees/{committeeId}/plans/{year}', '/api/goals/{goalId}', '/api/lineage']));
  });
});
