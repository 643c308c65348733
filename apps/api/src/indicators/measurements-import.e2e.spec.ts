import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, Caller, startApi } from '../goals/api-client.fixture';
import { koladaText, upload, years, type Entry } from './kolada-upload.fixture';

const nacka = '0182';
const entries: Entry[] = [...years('U21468', nacka, 2010, 2019, (year) => year - 1940), ['N99999', nacka, 2019, { T: 5 }]];
const good = koladaText(entries);

/**
 * A file of `count` entries, most of KPIs no indicator carries, handed over in 64 KiB chunks as it is made;
 * with `brokenAt`, that entry's KPI id is not one.
 */
async function* bigFile(count: number, brokenAt = -1): AsyncGenerator<Uint8Array> {
  let text = '{"values":[\n';
  for (let index = 0; index < count; index++) {
    const kpi = index === brokenAt ? 'n1951' : index < 30 ? 'N01951' : `N${String(10_000 + (index % 50_000)).padStart(5, '0')}`;
    const entry = { kpi, municipality: nacka, period: 1990 + (index % 30), values: [{ gender: 'T', value: index }, { gender: 'K', value: 1 }, { gender: 'M', value: 2 }] };
    text += `${JSON.stringify(entry)}${index + 1 < count ? ',' : ''}\n`;
    if (text.length > 65_536) {
      yield Buffer.from(text);
      text = '';
    }
  }
  yield Buffer.from(`${text}]}\n`);
}

describe('POST /api/measurements/import (Kolada files, streamed)', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'goaltrail-kolada-')), 'data');
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: Caller;
  const head = async () => (await admin.get('/health')).body['headPosition'];
  const define = (indicatorId: string, unit: string, koladaKpiId: string) =>
    admin.post('/indicators', { indicatorId, name: indicatorId, unit, direction: 'increase', measurementMethod: 'Kolada', dataSource: 'Kolada', koladaKpiId });

  beforeAll(async () => {
    api = await startApi(dataDir);
    admin = await Caller.login(api.baseUrl, 'admin', adminPassword);
    expect((await define('nojdhet', 'percent', 'U21468')).status).toBe(201);
    expect((await define('invanare', 'count', 'N01951')).status).toBe(201);
  });
  afterAll(async () => {
    await api.app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('only checks and counts by default (dryRun=true)', async () => {
    const before = await head();
    const answer = await upload(admin, api.baseUrl, good, '');
    expect(answer).toMatchObject({ status: 200, body: { dryRun: true, measurementsWritten: 10, eventsWritten: 0 } });
    expect(await head()).toBe(before);
  });

  it('imports a good file, readable at once, and the same file again writes nothing', async () => {
    const answer = await upload(admin, api.baseUrl, good);
    expect(answer).toMatchObject({
      status: 200,
      body: { fileName: 'kolada-nacka.json', municipality: nacka, rowsRead: 31, recorded: 10, eventsWritten: 10, unknownKpis: ['N99999'] },
    });
    expect(answer.body['sha256']).toBe(createHash('sha256').update(good).digest('hex'));
    const series = await admin.get('/indicators/nojdhet/series?from=2019&to=2019');
    expect(series.body['points']).toEqual([expect.objectContaining({ period: '2019', outcome: expect.objectContaining({ value: 79, breakdown: { women: 80, men: 78 } }) })]);
    const before = await head();
    expect((await upload(admin, api.baseUrl, good)).body).toMatchObject({ eventsWritten: 0, unchanged: 10 });
    expect(await head()).toBe(before);
  });

  it('refuses a malformed file with 400 naming line and path, writing nothing', async () => {
    const before = await head();
    const broken = good.replace('"gender":"K","status":"","value":72', '"gender":"K","status":"","value":"72"');
    const answer = await upload(admin, api.baseUrl, broken);
    expect(answer).toMatchObject({ status: 400, body: { details: { line: 3, path: 'values[1].values[1].value', problem: 'shape' } } });
    expect(answer.body['message']).toContain('line 3, values[1].values[1].value');
    expect((await upload(admin, api.baseUrl, good.slice(0, 200))).status).toBe(400);
    expect(await head()).toBe(before);
  });

  it('drops identical duplicate rows, and refuses conflicting ones naming both rows (400)', async () => {
    const repeated = koladaText([...entries, entries[3] as Entry]);
    expect(await upload(admin, api.baseUrl, repeated)).toMatchObject({ status: 200, body: { eventsWritten: 0, skipped: { duplicates: 3 } } });
    const before = await head();
    const conflicting = koladaText([...entries, ['U21468', nacka, 2013, { T: 99 }]]);
    const answer = await upload(admin, api.baseUrl, conflicting);
    expect(answer).toMatchObject({
      status: 400,
      body: { details: { reason: 'conflicting-duplicates', line: 5, path: 'values[3].values[0]', otherLine: 13, otherPath: 'values[11].values[0]' } },
    });
    expect(await head()).toBe(before);
  });

  it('asks which municipality when the file holds several (400), and refuses a body that is not JSON (415)', async () => {
    const mixed = koladaText([...entries, ...years('U21468', '0180', 2019, 2019, () => 50)]);
    expect(await upload(admin, api.baseUrl, mixed)).toMatchObject({ status: 400, body: { details: { reason: 'municipality-required' } } });
    expect((await upload(admin, api.baseUrl, mixed, `dryRun=false&municipality=${nacka}`)).body).toMatchObject({ eventsWritten: 0, skipped: { otherMunicipality: 3 } });
    expect((await upload(admin, api.baseUrl, good, 'dryRun=false', 'text/csv')).status).toBe(415);
    expect((await upload(admin, api.baseUrl, good, 'dryRun=kanske')).status).toBe(400);
  });

  it('streams a file larger than the 12 MB JSON body limit, sent in chunks', async () => {
    const answer = await upload(admin, api.baseUrl, bigFile(200_000));
    expect(answer).toMatchObject({ status: 200, body: { rowsRead: 600_000, recorded: 30, indicatorsTouched: ['invanare'] } });
    expect(answer.body['bytes'] as number).toBeGreaterThan(12 * 1024 * 1024);
    const invanare = await admin.get('/indicators/invanare');
    expect(invanare.body['measurementCount']).toBe(30);
  });

  it('reads the rest of a refused upload before answering, so a client still sending gets the answer, not a reset', async () => {
    // Browsers keep sending the body while an answer is on its way, and a connection closed with bytes unread
    // is reset: the browser then reports no answer at all. So the answer must come after the whole body.
    const url = new URL('/api/measurements/import?dryRun=false', api.baseUrl);
    let sentAll = false;
    const outcome = await new Promise<{ status: number; body: string; sentAllFirst: boolean; error: string | null }>((resolve) => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: { Cookie: admin.cookieHeader, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      });
      req.on('error', (error) => resolve({ status: 0, body: '', sentAllFirst: sentAll, error: error.message }));
      req.on('response', (response) => {
        const sentAllFirst = sentAll;
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, sentAllFirst, error: null }));
      });
      void (async () => {
        for await (const chunk of bigFile(20_000, 10)) {
          if (req.destroyed) return;
          if (!req.write(chunk)) await new Promise((drained) => req.once('drain', drained));
          // Time for the server to find the problem in the first chunk and answer before the body ends.
          await new Promise((later) => setTimeout(later, 5));
        }
        req.end(() => (sentAll = true));
      })();
    });
    expect(outcome).toMatchObject({ status: 400, sentAllFirst: true, error: null });
    expect(JSON.parse(outcome.body)).toMatchObject({ details: { line: 12, path: 'values[10].kpi' } });
  });

  it('answers a big file broken near its start with 400 naming the line, writing nothing', async () => {
    const before = await head();
    const answer = await upload(admin, api.baseUrl, bigFile(200_000, 10));
    expect(answer).toMatchObject({ status: 400, body: { details: { line: 12, path: 'values[10].kpi' } } });
    expect(await head()).toBe(before);
  });
});
