import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from '../goals/api-client.fixture';

const nojdhet = {
  indicatorId: 'nojdhet',
  name: 'Nöjdhet med hemtjänsten',
  unit: 'percent',
  direction: 'increase',
  measurementMethod: 'brukarundersökning',
  dataSource: 'Socialstyrelsen',
  koladaKpiId: 'U21468',
  tolerance: 2,
};

// The indicator endpoints over real HTTP on the embedded store, unseeded.
describe('indicators, targets, outcomes and follow-up over HTTP', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-indicators-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Caller;
  let planner: Caller;
  let goalId: string;
  const head = async () => (await admin.get('/health')).body['headPosition'];
  const target = (body: object) => planner.post('/indicators/nojdhet/targets', { unit: 'percent', comparator: 'at-least', ...body });
  const measure = (body: object) => planner.post('/indicators/nojdhet/measurements', { unit: 'percent', source: 'Kolada', ...body });

  beforeAll(async () => {
    api = await startApi(dataDir);
    admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    await admin.post('/users', { username: 'planera', password: 'planerarens-lösen', role: 'planner' });
    planner = await Caller.login(api.baseUrl, 'planera', 'planerarens-lösen');
    await admin.post('/committees', { committeeId: 'socialnamnden', name: 'Socialnämnden' });
    await planner.post('/committees/socialnamnden/plans/2020');
    const goal = await planner.post('/committees/socialnamnden/plans/2020/goals', { kind: 'effect', number: 1, text: 'Brukarna är nöjda' });
    goalId = goal.body['goalId'] as string;
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('defines an indicator (201) and lists it at once', async () => {
    expect(await admin.post('/indicators', nojdhet)).toMatchObject({ status: 201, body: { indicatorId: 'nojdhet', changed: true } });
    const list = await planner.get('/indicators');
    expect(list.body).toEqual([expect.objectContaining({ indicatorId: 'nojdhet', unit: 'percent', koladaKpiId: 'U21468', definitionVersion: 1 })]);
    expect((await admin.post('/indicators', nojdhet)).body).toMatchObject({ rule: 'indicator-is-defined-once' });
  });

  it('records targets and outcomes (201), a repeat writes nothing (200)', async () => {
    expect((await target({ year: 2019, value: 75 })).status).toBe(201);
    expect((await target({ year: 2020, value: 78 })).status).toBe(201);
    expect((await measure({ period: '2019', value: 76, breakdown: { women: 78, men: 74 } })).status).toBe(201);
    const before = await head();
    expect(await measure({ period: '2019', value: 76, breakdown: { women: 78, men: 74 } })).toMatchObject({ status: 200, body: { changed: false } });
    expect(await head()).toBe(before);
  });

  it('answers bad values with 400 and field paths, writing nothing', async () => {
    const before = await head();
    const unit = await target({ year: 2021, value: 75, unit: 'count' });
    expect(unit).toMatchObject({ status: 400, body: { issues: [{ path: ['unit'], message: 'must be percent, the indicator’s unit (not count)' }] } });
    expect(await measure({ period: '2020', value: 120 })).toMatchObject({
      status: 400,
      body: { issues: [{ path: ['value'], message: 'must be a percentage from 0 to 100' }] },
    });
    expect(await measure({ period: '2019-13', value: 70 })).toMatchObject({ status: 400, body: { issues: [{ path: ['period'], message: 'month must be 01 … 12' }] } });
    expect(await measure({ period: '2019', value: 70 })).toMatchObject({ status: 400, body: { issues: [{ path: ['reason'] }] } });
    expect((await planner.get('/indicators/nojdhet/series?from=2020&to=2019')).status).toBe(400);
    expect((await admin.patch('/indicators/nojdhet', { measurementMethod: 'webbenkät' })).body).toMatchObject({ issues: [{ path: ['reason'] }] });
    expect(await head()).toBe(before);
  });

  it('makes a method change a new definition version, and the series flags comparisons across it', async () => {
    const reason = 'Brukarundersökningen görs som webbenkät från 2020';
    expect(await admin.patch('/indicators/nojdhet', { measurementMethod: 'webbenkät', reason, name: 'Nöjda brukare' })).toMatchObject({ status: 200 });
    expect((await measure({ period: '2020', value: 79 })).status).toBe(201);
    const series = await planner.get('/indicators/nojdhet/series?from=2019&to=2020');
    expect(series.status).toBe(200);
    const points = series.body['points'] as { period: string; acrossDefinitionChange: boolean }[];
    expect(points.map((point) => [point.period, point.acrossDefinitionChange])).toEqual([
      ['2019', false],
      ['2020', true],
    ]);
    const indicator = await planner.get('/indicators/nojdhet');
    expect(indicator.body).toMatchObject({ name: 'Nöjda brukare', definitionVersion: 2, definitions: [{ version: 1 }, { version: 2, reason }] });
  });

  it('links the indicator to a goal and shows the committee’s follow-up with its rules', async () => {
    expect((await admin.post('/indicators/nojdhet/goals', { goalId: 'no-such-goal' })).status).toBe(404);
    expect(await admin.post('/indicators/nojdhet/goals', { goalId })).toMatchObject({ status: 201, body: { changed: true } });
    const grey = await planner.get('/committees/socialnamnden/follow-up/2020');
    expect(grey.body).toMatchObject({ goals: [{ goalId, status: 'grey', indicators: [{ greyReason: 'different-definitions' }] }] });
    // Re-affirming the target under the new definition makes the year comparable again.
    const reaffirmed = await target({ year: 2020, value: 78, definitionVersion: 2, reason: 'Bekräftat efter metodbytet' });
    expect(reaffirmed.status).toBe(201);
    const followUp = await planner.get('/committees/socialnamnden/follow-up/2020');
    expect(followUp).toMatchObject({ status: 200, body: { counts: { green: 1 }, goals: [{ goalId, status: 'green' }] } });
    const goals = followUp.body['goals'] as { rules: string[] }[];
    expect(goals[0]?.rules).toEqual(['Nöjda brukare: utfall 79 % ≥ målvärde 78 % → grön']);
    const targets = (await planner.get('/indicators/nojdhet')).body['targets'] as { year: number; history: unknown[] }[];
    expect(targets.find((entry) => entry.year === 2020)?.history).toHaveLength(2);
  });

  it('unlinks a goal, and answers 404 for unknown indicators, committees and plans', async () => {
    expect((await admin.call('DELETE', `/indicators/nojdhet/goals/${goalId}?reason=Fel%20m%C3%A5l`)).status).toBe(200);
    expect((await planner.get('/indicators/nojdhet')).body['goals']).toEqual([]);
    expect((await planner.get('/indicators/okand')).status).toBe(404);
    expect((await planner.get('/indicators/okand/series')).status).toBe(404);
    expect((await planner.post('/indicators/okand/targets', { unit: 'percent', year: 2020, comparator: 'at-least', value: 5 })).status).toBe(404);
    expect((await planner.get('/committees/socialnamnden/follow-up/1999')).status).toBe(404);
    expect((await planner.get('/committees/okand/follow-up/2020')).status).toBe(404);
    expect((await planner.get('/committees/socialnamnden/follow-up/tjugo')).status).toBe(400);
  });

  it('documents the indicator endpoints with OpenAPI', async () => {
    const document = await new Caller(api.baseUrl).get('/docs/openapi.json');
    expect(Object.keys(document.body['paths'] as object)).toEqual(
      expect.arrayContaining([
        '/api/indicators',
        '/api/indicators/{indicatorId}',
        '/api/indicators/{indicatorId}/goals',
        '/api/indicators/{indicatorId}/goals/{goalId}',
        '/api/indicators/{indicatorId}/targets',
        '/api/indicators/{indicatorId}/measurements',
        '/api/indicators/{indicatorId}/series',
        '/api/measurements/import',
        '/api/committees/{committeeId}/follow-up/{year}',
      ]),
    );
  });
});
