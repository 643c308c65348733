import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { ChangeIndicatorCommand } from '../../indicators/commands/change-indicator/change-indicator.command';
import { DefineIndicatorCommand } from '../../indicators/commands/define-indicator/define-indicator.command';
import { RecordMeasurementCommand } from '../../measurements/commands/record-measurement/record-measurement.command';
import { startIndicatorsApp, type IndicatorsTestApp } from '../../testing/indicators-app.fixture';
import { admin, besvar, nojdhet, planner } from '../../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../../testing/test-store.fixture';
import { StoreKpiCatalogue } from './store-kpi-catalogue';

describe('the KPI catalogue read from the store (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;

  beforeAll(async () => {
    const clock = steppingClock('2024-03-01T08:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    const define = (input: typeof nojdhet) => app.commandBus.execute(new DefineIndicatorCommand(admin, input));
    await define(nojdhet);
    await define(besvar);
    await define({ ...nojdhet, indicatorId: 'nojdhet-sabo', name: 'Nöjdhet särskilt boende' });
    await define({ ...besvar, indicatorId: 'invanare', name: 'Invånare 80+', koladaKpiId: 'N01951' });
    // A new definition version moves nojdhet-sabo to another KPI; invanare changes unit and loses its KPI.
    await app.commandBus.execute(
      new ChangeIndicatorCommand(admin, { indicatorId: 'nojdhet-sabo', definition: { reason: 'Ny enkät', koladaKpiId: 'U23471' } }),
    );
    await app.commandBus.execute(
      new ChangeIndicatorCommand(admin, {
        indicatorId: 'invanare',
        definition: { reason: 'Räknas nu i procent av befolkningen', unit: 'percent', koladaKpiId: null },
      }),
    );
    await app.commandBus.execute(new RecordMeasurementCommand(planner, { indicatorId: 'nojdhet', unit: 'percent', period: '2023', value: 81, source: 'brukarundersökning' }));
    await app.settle();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('names, per KPI id, the indicators whose current definition carries it, with their units', async () => {
    const catalogue = await new StoreKpiCatalogue(store).catalogue();
    expect(Object.fromEntries(catalogue)).toEqual({
      U21468: [{ indicatorId: 'nojdhet', unit: 'percent' }],
      U23471: [{ indicatorId: 'nojdhet-sabo', unit: 'percent' }],
    });
  });

  it('agrees with the read model the API asks', async () => {
    const fromStore = await new StoreKpiCatalogue(store).catalogue();
    expect(Object.fromEntries(fromStore)).toEqual(Object.fromEntries(app.model.kpiCatalogue()));
  });

  it('lists two indicators carrying one KPI id in id order', async () => {
    await app.commandBus.execute(
      new DefineIndicatorCommand(admin, { ...nojdhet, indicatorId: 'a-nojdhet', name: 'Nöjdhet (kopia)', unit: 'index' }),
    );
    const catalogue = await new StoreKpiCatalogue(store).catalogue();
    expect(catalogue.get('U21468')).toEqual([
      { indicatorId: 'a-nojdhet', unit: 'index' },
      { indicatorId: 'nojdhet', unit: 'percent' },
    ]);
  });
});
