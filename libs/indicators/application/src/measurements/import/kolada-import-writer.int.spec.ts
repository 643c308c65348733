import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';
import { DefineIndicatorCommand } from '../../indicators/commands/define-indicator/define-indicator.command';
import { startIndicatorsApp, type IndicatorsTestApp } from '../../testing/indicators-app.fixture';
import { chunked, koladaFile, yearsOf } from '../../testing/kolada-files.fixture';
import { admin, nojdhet, planner } from '../../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../../testing/test-store.fixture';
import { KoladaImportWriter } from './kolada-import-writer';
import { StoreKpiCatalogue } from './store-kpi-catalogue';

const nacka = '0182';
const invanare = { ...nojdhet, indicatorId: 'invanare', name: 'Invånare 80+', unit: 'count' as const, koladaKpiId: 'N01951' };

describe('the Kolada write pass keeping only the indicators used last (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;
  const measurements = async (id: string) => {
    const events: RecordedEvent[] = [];
    for await (const event of store.readStream(`indicator-${id}`)) events.push(event);
    return events.filter((event) => event.type === 'MeasurementRecorded').map((event) => [event.revision, event.data['period']]);
  };

  beforeAll(async () => {
    const clock = steppingClock('2026-04-01T09:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    await app.commandBus.execute(new DefineIndicatorCommand(admin, nojdhet));
    await app.commandBus.execute(new DefineIndicatorCommand(admin, invanare));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('loads an indicator again when its KPI comes back after it was dropped, and appends after what it wrote', async () => {
    // U21468, then N01951, then U21468 again: with room for one indicator, nojdhet is dropped in between.
    const text = koladaFile([
      ...yearsOf('U21468', nacka, 2015, 2016, (year) => year - 1940),
      ...yearsOf('N01951', nacka, 2015, 2016, (year) => year),
      ...yearsOf('U21468', nacka, 2017, 2018, (year) => year - 1940),
    ]);
    const writer = new KoladaImportWriter(app.executor, {
      actor: planner,
      catalogue: await new StoreKpiCatalogue(store).catalogue(),
      municipality: nacka,
      fileName: 'kolada-tillbaka.json',
      dryRun: false,
      options: { correlationId: 'a7f0c7d4-5a51-4a3b-9a53-0d5c3a1e4b11' },
      batchSize: 3,
      maxHeldRows: 1_000,
      maxKeptIndicators: 1,
      hasRepeats: false,
    });
    await writer.run(chunked(text).source(), () => undefined);
    expect([writer.recorded, writer.eventsWritten, [...writer.touched].sort()]).toEqual([6, 6, ['invanare', 'nojdhet']]);
    // Revision 0 is the definition; the second append continued from the stored revision, not a stale one.
    expect(await measurements('nojdhet')).toEqual([
      [1, '2015'],
      [2, '2016'],
      [3, '2017'],
      [4, '2018'],
    ]);
    expect(await measurements('invanare')).toEqual([
      [1, '2015'],
      [2, '2016'],
    ]);
  });
});
