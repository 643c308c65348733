import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';
import { ReadOnlyRoleError } from '@goaltrail/goals-application';
import { KoladaFileError } from '@goaltrail/kolada';
import { DefineIndicatorCommand } from '../../indicators/commands/define-indicator/define-indicator.command';
import { startIndicatorsApp, type IndicatorsTestApp } from '../../testing/indicators-app.fixture';
import { chunked, koladaFile, lineOf, yearsOf, type KoladaEntry } from '../../testing/kolada-files.fixture';
import { admin, auditor, nojdhet, planner } from '../../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../../testing/test-store.fixture';
import { ImportKoladaFileCommand } from './import-kolada-file.command';
import { MeasurementsImportRejectedError } from './measurements-import.errors';
import type { MeasurementsImportInput, MeasurementsImportResult } from './measurements-import.types';

const nacka = '0182';
const invanare = { ...nojdhet, indicatorId: 'invanare', name: 'Invånare 80+', unit: 'count' as const, koladaKpiId: 'N01951' };
const goodEntries: KoladaEntry[] = [
  ...yearsOf('U21468', nacka, 2015, 2019, (year) => 70 + (year - 2015)),
  { kpi: 'N99999', municipality: nacka, period: 2019, values: { T: 5, K: 2, M: 3 } },
  ...yearsOf('N01951', nacka, 2015, 2019, (year) => 4000 + year),
];
const good = koladaFile(goodEntries);

describe('importing Kolada files (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;
  const importFile = (text: string, more: Partial<MeasurementsImportInput> = {}, actor = planner) =>
    app.importer.import({ chunks: chunked(text).source, fileName: 'kolada-nacka.json', dryRun: false, ...more }, actor);
  /** The error an import is refused with; the store must not have moved. */
  const refusal = async (text: string, more: Partial<MeasurementsImportInput> = {}): Promise<unknown> => {
    const head = await store.headPosition();
    const error: unknown = await importFile(text, more).catch((thrown: unknown) => thrown);
    expect(await store.headPosition()).toBe(head);
    return error;
  };
  const stream = async (id: string) => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(`indicator-${id}`)) events.push(event);
    return events;
  };

  beforeAll(async () => {
    const clock = steppingClock('2026-03-01T09:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    await app.commandBus.execute(new DefineIndicatorCommand(admin, nojdhet));
    await app.commandBus.execute(new DefineIndicatorCommand(admin, invanare));
    await app.settle();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('checks a dry run fully and writes nothing', async () => {
    const head = await store.headPosition();
    const result = await importFile(good, { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, rowsRead: 33, measurementsWritten: 10, eventsWritten: 0, position: null });
    expect(await store.headPosition()).toBe(head);
  });

  it('imports a good file in two passes: one event per period, skipping unknown KPIs, with its source', async () => {
    const source = chunked(good);
    const progress: [number, number | null, string][] = [];
    const result = await app.commandBus.execute<ImportKoladaFileCommand, MeasurementsImportResult>(
      new ImportKoladaFileCommand(planner, {
        chunks: source.source,
        fileName: 'kolada-nacka.json',
        dryRun: false,
        onProgress: (done, total, phase) => progress.push([done, total, phase]),
      }),
    );
    expect(source.calls()).toBe(2);
    expect(result).toMatchObject({
      municipality: nacka,
      rowsRead: 33,
      recorded: 10,
      corrected: 0,
      unchanged: 0,
      eventsWritten: 10,
      unknownKpis: ['N99999'],
      indicatorsTouched: ['invanare', 'nojdhet'],
      skipped: { unknownKpi: 3, otherMunicipality: 0, nullValues: 0, duplicates: 0, withoutTotal: 0 },
      sha256: createHash('sha256').update(good).digest('hex'),
    });
    expect(progress.at(-1)).toEqual([33, 33, 'writing']);
    const events = (await stream('nojdhet')).filter((event) => event.type === 'MeasurementRecorded');
    expect(events.map((event) => event.data)).toContainEqual(
      expect.objectContaining({ period: '2019', value: 74, breakdown: { women: 75, men: 73 }, source: 'Kolada (kolada-nacka.json)' }),
    );
    expect(events[0]?.metadata).toMatchObject({ actor: 'planner-anna', extra: { source: { kind: 'kolada', fileName: 'kolada-nacka.json', sha256: result.sha256 } } });
    expect(new Set(events.map((event) => event.metadata.correlationId)).size).toBe(1);
  });

  it('treats the same file again as a no-op: 0 events written', async () => {
    const head = await store.headPosition();
    expect(await importFile(good)).toMatchObject({ eventsWritten: 0, measurementsWritten: 0, unchanged: 10, indicatorsTouched: [] });
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses a malformed file naming line and path, writing nothing', async () => {
    const broken = good.replace('"gender": "K"', '"gender": "X"');
    const error = await refusal(broken);
    expect(error).toBeInstanceOf(KoladaFileError);
    expect(error).toMatchObject({ line: lineOf(broken, '"gender": "X"'), path: 'values[0].values[1].gender' });
    expect(await refusal(good.slice(0, good.length / 2))).toBeInstanceOf(KoladaFileError);
  });

  it('drops identical repeated rows, also across batches, and refuses conflicting ones naming both rows', async () => {
    const repeated = koladaFile([...goodEntries, goodEntries[4] as KoladaEntry, { kpi: 'U21468', municipality: nacka, period: 2016, values: { T: 71 } }]);
    const again = await importFile(repeated, { batchSize: 4 });
    expect(again).toMatchObject({ eventsWritten: 0, skipped: { duplicates: 4 } });
    const conflicting = koladaFile([...goodEntries, { kpi: 'U21468', municipality: nacka, period: 2016, values: { T: 99 } }]);
    const error = await refusal(conflicting);
    expect(error).toBeInstanceOf(MeasurementsImportRejectedError);
    const first = lineOf(conflicting, '"gender": "T", "status": "", "value": 71 }');
    const second = lineOf(conflicting, '"gender": "T", "status": "", "value": 99 }');
    expect(error).toMatchObject({
      reason: 'conflicting-duplicates',
      locations: [{ line: first, path: 'values[1].values[0]' }, { line: second, path: 'values[11].values[0]' }],
    });
    expect((error as Error).message).toContain(`line ${first}`);
    expect((error as Error).message).toContain(`line ${second}`);
  });

  it('refuses a value that does not fit its indicator (a percentage of 120), naming line and path', async () => {
    const bad = koladaFile([...goodEntries, { kpi: 'U21468', municipality: nacka, period: 2020, values: { T: 80, K: 120 } }]);
    const error = await refusal(bad);
    expect(error).toMatchObject({ reason: 'invalid-value', locations: [{ line: lineOf(bad, '"value": 120'), path: 'values[11].values[1]' }] });
    expect((error as MeasurementsImportRejectedError).issues[0]?.path).toEqual(['values', 11, 'values', 1, 'value']);
  });

  it('needs the municipality when the file holds several, and then imports only that one', async () => {
    const mixed = koladaFile([...yearsOf('U21468', '0180', 2018, 2019, () => 60), ...yearsOf('U21468', nacka, 2020, 2021, () => 80)]);
    expect(await refusal(mixed)).toMatchObject({ reason: 'municipality-required', message: expect.stringContaining('0180, 0182') });
    expect(await refusal(mixed, { municipality: '0999' })).toMatchObject({ reason: 'municipality-not-in-file' });
    const result = await importFile(mixed, { municipality: nacka });
    expect(result).toMatchObject({ municipality: nacka, recorded: 2, skipped: { otherMunicipality: 6 } });
  });

  it('keeps each period whole when batches cut through entries, and skips periods without a total', async () => {
    const entries = [...yearsOf('N01951', nacka, 2000, 2009, (year) => year), { kpi: 'N01951', municipality: nacka, period: 2010, values: { T: null, K: 1, M: 2 } }];
    const result = await importFile(koladaFile(entries), { batchSize: 2 });
    expect(result).toMatchObject({ recorded: 10, skipped: { withoutTotal: 1, nullValues: 1 } });
    const recorded = (await stream('invanare')).filter((event) => event.type === 'MeasurementRecorded' && Number(event.data['period']) < 2010);
    expect(recorded.every((event) => event.data['breakdown'] !== null)).toBe(true);
  });

  it('corrects a changed value with the import as reason', async () => {
    const changed = koladaFile(goodEntries.map((entry) => (entry.kpi === 'U21468' && entry.period === 2019 ? { ...entry, values: { T: 75, K: 75, M: 73 } } : entry)));
    expect(await importFile(changed, { fileName: 'kolada-rattad.json' })).toMatchObject({ corrected: 1, unchanged: 9, eventsWritten: 1 });
    const corrected = (await stream('nojdhet')).filter((event) => event.type === 'MeasurementCorrected');
    expect(corrected.map((event) => [event.data['period'], event.data['value'], event.metadata.reason])).toEqual([
      ['2019', 75, 'Kolada-import av kolada-rattad.json'],
    ]);
  });

  it('lets an auditor dry-run an import but not write one', async () => {
    expect(await importFile(good, { dryRun: true }, auditor)).toMatchObject({ dryRun: true });
    await expect(importFile(good, {}, auditor)).rejects.toBeInstanceOf(ReadOnlyRoleError);
  });
});
