import 'reflect-metadata';
import { createEventStore, type EventStoreConfig } from '@goaltrail/event-store';
import { CLOCK, EVENT_STORE_PORT, systemClock } from '@goaltrail/goals-application';
import { IndicatorCommandExecutor, MeasurementsImportModule } from '@goaltrail/indicators-application';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** The indicator that carries a generated KPI id: one each, so every row of the file has a home. */
export function indicatorIdOf(kpi: string): string {
  return `kolada-${kpi.toLowerCase()}`;
}

/**
 * The untimed setup: one indicator per KPI id of the file, defined through the application's write path
 * (one DefineIndicator append each). The unit is `count` because generated values run from 0 to 1,000.
 */
export async function defineKoladaIndicators(
  config: EventStoreConfig,
  kpis: readonly string[],
  onProgress: (done: number) => void,
): Promise<void> {
  const store = await createEventStore(config);
  @Module({
    providers: [
      { provide: EVENT_STORE_PORT, useValue: store },
      { provide: CLOCK, useValue: systemClock },
    ],
    exports: [EVENT_STORE_PORT, CLOCK],
  })
  class BenchInfrastructureModule {}

  // The write path alone: no read model loads what is being defined, nor reads it back.
  @Module({ imports: [MeasurementsImportModule.register({ imports: [BenchInfrastructureModule] })] })
  class BenchIndicatorsModule {}

  const app = await NestFactory.createApplicationContext(BenchIndicatorsModule, { logger: false });
  try {
    const executor = app.get(IndicatorCommandExecutor);
    const actor = { username: 'bench', role: 'admin' };
    for (const [index, kpi] of kpis.entries()) {
      await executor.execute(
        {
          type: 'DefineIndicator',
          indicatorId: indicatorIdOf(kpi),
          name: `Kolada ${kpi}`,
          unit: 'count',
          direction: 'increase',
          measurementMethod: 'intern statistik',
          dataSource: 'Kolada',
          koladaKpiId: kpi,
        },
        actor,
      );
      if ((index + 1) % 1_000 === 0) onProgress(index + 1);
    }
  } finally {
    await app.close();
    await store.close();
  }
}
