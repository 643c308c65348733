import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from './api-client.fixture';

const text2005 = readFileSync(
  new URL('../../../../libs/goals/application/src/imports/sample-data/socialnamndens-mal-2005.txt', import.meta.url),
  'utf8',
);

// POST /api/imports over real HTTP on the embedded store, unseeded.
describe('POST /api/imports', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-import-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let planner: Caller;
  let auditor: Caller;
  const body = { text: text2005, fileName: 'socialnamndens-mal-2005.txt', committeeId: 'socialnamnden' };

  beforeAll(async () => {
    api = await startApi(dataDir);
    const admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    expect((await admin.post('/users', { username: 'planera', password: 'planerarens-lösen', role: 'planner' })).status).toBe(201);
    expect((await admin.post('/users', { username: 'granska', password: 'granskarens-lösen', role: 'auditor' })).status).toBe(201);
    planner = await Caller.login(api.baseUrl, 'planera', 'planerarens-lösen');
    auditor = await Caller.login(api.baseUrl, 'granska', 'granskarens-lösen');
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('previews by default: the preview and the planned commands, nothing recorded', async () => {
    const preview = await planner.post('/imports?dryRun=true', body);
    expect(preview).toMatchObject({ status: 200, body: { dryRun: true, unchanged: false, year: 2005, eventsWritten: 0 } });
    expect(preview.body['preview']).toMatchObject({ committee: 'Socialnämnden', municipality: 'Nacka kommun', year: 2005 });
    expect(preview.body['actions']).toHaveLength(15);
    expect(preview.body['changes']).toEqual({
      committeeRegistered: 'Socialnämnden',
      planDrafted: 2005,
      focusAreasAdded: 0,
      goalsAdded: 13,
      goalsReworded: 0,
    });
    expect((await planner.post('/imports', body)).body).toMatchObject({ dryRun: true });
    expect((await planner.get('/committees')).body).toEqual([]);
  });

  it('records the plan with dryRun=false, readable at once, and treats a second post as a no-op', async () => {
    // The commit answers what it wrote; the preview and the planned commands were the dry run's.
    expect((await planner.post('/imports?dryRun=false', body)).body).toMatchObject({
      dryRun: false,
      eventsWritten: 15,
      preview: null,
      actions: null,
      changes: { committeeRegistered: 'Socialnämnden', planDrafted: 2005, goalsAdded: 13 },
    });
    const plans = await planner.get('/committees/socialnamnden/plans');
    expect(plans.body).toEqual([expect.objectContaining({ year: 2005, status: 'draft', goalCount: 13 })]);
    expect((await planner.post('/imports?dryRun=false', body)).body).toMatchObject({ unchanged: true, eventsWritten: 0 });
  });

  it('refuses an auditor (403), an empty text (400), a bad dryRun (400) and a document with no year (422)', async () => {
    expect((await auditor.post('/imports?dryRun=true', body)).status).toBe(403);
    expect((await planner.post('/imports', { ...body, text: '  \n ' })).status).toBe(400);
    expect((await planner.post('/imports?dryRun=ja', body)).status).toBe(400);
    const noYear = await planner.post('/imports?dryRun=false', { text: 'Inriktningsmål\n1. Ett mål.', committeeId: 'socialnamnden' });
    expect(noYear).toMatchObject({ status: 422, body: { rule: 'import-not-committable' } });
  });
});
