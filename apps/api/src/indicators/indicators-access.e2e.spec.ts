import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from '../goals/api-client.fixture';
import { koladaText, upload, years } from './kolada-upload.fixture';

describe('who may read and change indicators', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-indicators-access-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Caller;
  let planner: Caller;
  let auditor: Caller;
  let anonymous: Caller;
  let goalId: string;
  const head = async () => (await admin.get('/health')).body['headPosition'];
  const file = koladaText(years('U21468', '0182', 2015, 2016, () => 70));

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
    goalId = (await planner.post('/committees/socialnamnden/plans/2020/goals', { kind: 'effect', number: 1, text: 'Nöjda brukare' })).body['goalId'] as string;
    const defined = await admin.post('/indicators', {
      indicatorId: 'nojdhet',
      name: 'Nöjdhet',
      unit: 'percent',
      direction: 'increase',
      measurementMethod: 'enkät',
      dataSource: 'Socialstyrelsen',
      koladaKpiId: 'U21468',
    });
    expect(defined.status).toBe(201);
    expect((await admin.post('/indicators/nojdhet/goals', { goalId })).status).toBe(201);
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const writes = (): [string, string, unknown][] => [
    ['POST', '/indicators', { name: 'Ny', unit: 'count', direction: 'increase', measurementMethod: 'm', dataSource: 'd' }],
    ['PATCH', '/indicators/nojdhet', { name: 'Annat namn' }],
    ['POST', '/indicators/nojdhet/goals', { goalId }],
    ['DELETE', `/indicators/nojdhet/goals/${goalId}`, undefined],
    ['POST', '/indicators/nojdhet/targets', { unit: 'percent', year: 2020, comparator: 'at-least', value: 75 }],
    ['POST', '/indicators/nojdhet/measurements', { unit: 'percent', period: '2020', value: 70, source: 'Kolada' }],
  ];
  const reads = ['/indicators', '/indicators/nojdhet', '/indicators/nojdhet/series?from=2015&to=2020', '/committees/socialnamnden/follow-up/2020'];

  it('refuses every write to an auditor with 403, the upload included, writing nothing', async () => {
    const before = await head();
    for (const [method, path, body] of writes()) {
      expect({ method, path, status: (await auditor.call(method, path, body)).status }).toEqual({ method, path, status: 403 });
    }
    expect((await upload(auditor, api.baseUrl, file)).status).toBe(403);
    expect((await upload(auditor, api.baseUrl, file, 'dryRun=true')).status).toBe(403);
    expect(await head()).toBe(before);
  });

  it('keeps definitions and goal links to admins: a planner gets 403 there, but records targets and outcomes', async () => {
    const before = await head();
    for (const [method, path, body] of writes().slice(0, 4)) {
      expect({ method, path, status: (await planner.call(method, path, body)).status }).toEqual({ method, path, status: 403 });
    }
    expect(await head()).toBe(before);
    for (const [method, path, body] of writes().slice(4)) {
      expect({ method, path, status: (await planner.call(method, path, body)).status }).toEqual({ method, path, status: 201 });
    }
    expect((await upload(planner, api.baseUrl, file)).status).toBe(200);
  });

  it('lets an auditor read everything', async () => {
    for (const path of reads) expect({ path, status: (await auditor.get(path)).status }).toEqual({ path, status: 200 });
  });

  it('answers 401 to anyone not signed in, for reads, writes and the upload', async () => {
    for (const [method, path, body] of [...writes(), ...reads.map((path) => ['GET', path, undefined] as [string, string, unknown])]) {
      expect({ path, method, status: (await anonymous.call(method, path, body)).status }).toEqual({ path, method, status: 401 });
    }
    expect((await upload(anonymous, api.baseUrl, file)).status).toBe(401);
  });
});
