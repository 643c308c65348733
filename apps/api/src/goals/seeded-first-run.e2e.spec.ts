import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from './api-client.fixture';

// A fresh data directory with seeding on, as `npm start` runs it, then a restart on the same store.
describe('the seeded first run', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-seed-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Caller;

  beforeAll(async () => {
    api = await startApi(dataDir, { seed: true });
    admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows Socialnämnden with its plans of 2005 and 2020', async () => {
    expect((await admin.get('/committees')).body).toEqual([
      { committeeId: 'socialnamnden', name: 'Socialnämnden', municipality: 'Nacka kommun' },
    ]);
    const plans = (await admin.get('/committees/socialnamnden/plans')).body as unknown as { year: number; goalCount: number }[];
    expect(plans.map(({ year, goalCount }) => ({ year, goalCount }))).toEqual([
      { year: 2005, goalCount: 13 },
      { year: 2020, goalCount: 5 },
    ]);
  });

  it('shows the merged and retired links of the sample lineage', async () => {
    const lineage = await admin.get('/committees/socialnamnden/lineage?from=2005&to=2020');
    expect(lineage.status).toBe(200);
    const links = lineage.body['links'] as { relation: string; target: string | null; rationale: string | null }[];
    const merged = links.filter((link) => link.relation === 'merged');
    expect(merged).toHaveLength(2);
    expect(new Set(merged.map((link) => link.target)).size).toBe(1);
    expect(links.filter((link) => link.relation === 'retired' && link.target === null).length).toBeGreaterThanOrEqual(2);
    expect(links.every((link) => link.rationale)).toBe(true);
  });

  it('shows the indicators of the measurable 2005 effect goals, with the 75 % target of effect goal 1', async () => {
    const indicators = (await admin.get('/indicators')).body as unknown as { indicatorId: string; measurementMethod: string }[];
    expect(indicators).toHaveLength(6);
    expect(new Set(indicators.map((indicator) => indicator.measurementMethod))).toEqual(
      new Set(['brukarundersökning', 'intern statistik/uppföljning', 'skolenkäter', 'att följa upp besvärsärenden']),
    );
    const series = await admin.get('/indicators/sn-nojdhet-omsorg/series?from=2005&to=2005');
    expect(series.status).toBe(200);
    expect(JSON.stringify(series.body)).toContain('"value":75');
  });

  it('does not seed again after a restart', async () => {
    const head = (await admin.get('/health')).body['headPosition'];
    await api.app.close();
    api = await startApi(dataDir, { seed: true });
    admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    expect((await admin.get('/health')).body['headPosition']).toBe(head);
    expect((await admin.get('/committees/socialnamnden/plans')).body).toHaveLength(2);
  });
});
