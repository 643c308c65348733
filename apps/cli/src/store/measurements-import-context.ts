import 'reflect-metadata';
import type { EventStore } from '@goaltrail/event-store';
import { CLOCK, EVENT_STORE_PORT, GoalsApplicationModule, ProjectionRunner, systemClock } from '@goaltrail/goals-application';
import { IndicatorsApplicationModule, IndicatorsProjectionRunner } from '@goaltrail/indicators-application';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/** How the context treats its read models once they have caught up. */
export interface IndicatorsContextOptions {
  /**
   * Keep following the log (the default, as the API does). A one-shot command that reads the models only
   * at its start (an import takes its KPI catalogue once) passes false: following would read back every
   * event it appends and grow both models in memory, doubling the store's work for answers nobody asks.
   */
  follow?: boolean;
}

/**
 * The goals and indicators application layers over an opened store, without HTTP, wired as the API wires
 * them: indicators run beside goals, which bring the global CQRS buses and the goals read model that goal
 * links read. Both read models have caught up with the store when this resolves. The caller closes it
 * before the store.
 */
export async function openIndicatorsContext(
  store: EventStore,
  options: IndicatorsContextOptions = {},
): Promise<INestApplicationContext> {
  @Module({
    providers: [
      { provide: EVENT_STORE_PORT, useValue: store },
      { provide: CLOCK, useValue: systemClock },
    ],
    exports: [EVENT_STORE_PORT, CLOCK],
  })
  class CliInfrastructureModule {}

  @Module({
    imports: [
      GoalsApplicationModule.register({ imports: [CliInfrastructureModule] }),
      IndicatorsApplicationModule.register({ imports: [CliInfrastructureModule] }),
    ],
  })
  class CliIndicatorsModule {}

  const app = await NestFactory.createApplicationContext(CliIndicatorsModule, { logger: false });
  if (options.follow === false) {
    // Stopping twice is harmless: the modules stop their runners again when the context closes.
    await Promise.all([app.get(ProjectionRunner).stop(), app.get(IndicatorsProjectionRunner).stop()]);
  }
  return app;
}
