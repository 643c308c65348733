import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import type { ImportMeasurements, IndicatorSeries } from '@goaltrail/indicators-domain';
import { DefineIndicatorCommand } from '../indicators/commands/define-indicator/define-indicator.command';
import { GetIndicatorSeriesQuery } from '../indicators/queries/get-indicator-series/get-indicator-series.query';
import { IndicatorsProjectionRunner } from '../projections/indicators-projection-runner';
import { startIndicatorsApp, type IndicatorsTestApp } from '../testing/indicators-app.fixture';
import { admin, besvar, planner } from '../testing/scenario.fixture';
import { openTestStore, steppingClock } from '../testing/test-store.fixture';
import { detailsOf } from './indicator-views';

/** 500 monthly outcomes from January 2000, every fifth corrected once. */
function months(count: number, shift = 0): ImportMeasurements['rows'] {
  return Array.from({ length: count }, (_, index) => ({
    period: `${2000 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
    value: index + (index % 5 === 0 ? shift : 0),
  }));
}

describe('the indicators read model (real PGlite store)', () => {
  let store: EventStore;
  let app: IndicatorsTestApp;

  beforeAll(async () => {
    const clock = steppingClock('2026-03-01T09:00:00Z');
    store = await openTestStore(clock);
    app = await startIndicatorsApp(store, clock);
    await app.commandBus.execute(new DefineIndicatorCommand(admin, besvar));
    const batch = (shift: number): ImportMeasurements => ({
      type: 'ImportMeasurements',
      indicatorId: 'besvar',
      unit: 'count',
      source: 'intern statistik',
      reason: 'Omräknat',
      rows: months(500, shift),
    });
    await app.executor.execute(batch(0), planner);
    const corrected = await app.executor.execute(batch(1), planner);
    expect(corrected.events).toHaveLength(100);
    await app.settle();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers the series of an indicator with 500 outcomes in well under 20 ms', async () => {
    const timings: number[] = [];
    let series: IndicatorSeries | null = null;
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      series = await app.queryBus.execute(new GetIndicatorSeriesQuery('besvar', { from: 2000, to: 2050 }));
      timings.push(performance.now() - started);
    }
    expect(series?.points).toHaveLength(500);
    expect(series?.points[0]?.outcome?.history).toHaveLength(2);
    const median = [...timings].sort((a, b) => a - b)[3] as number;
    expect(median).toBeLessThan(20);
  });

  it('gives the same answers when rebuilt from the store by a new runner', async () => {
    const rebuilt = new IndicatorsProjectionRunner(store);
    expect(await rebuilt.start()).toBe(601);
    await rebuilt.stop();
    const live = app.model.indicator('besvar');
    const fresh = rebuilt.model.indicator('besvar');
    expect(live && fresh).toBeTruthy();
    if (!live || !fresh) return;
    expect(detailsOf(fresh)).toEqual(detailsOf(live));
    expect(rebuilt.checkpoint).toBe(app.runner.checkpoint);
  });
});
