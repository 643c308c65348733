import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { EventStore } from '@goaltrail/event-store-port';
import { CLOCK, EVENT_STORE_PORT, GoalsApplicationModule, ProjectionRunner, type Clock } from '@goaltrail/goals-application';
import { IndicatorsApplicationModule } from '../indicators-application.module';
import { MeasurementsImporter } from '../measurements/import/measurements-importer';
import { IndicatorsProjectionRunner } from '../projections/indicators-projection-runner';
import { IndicatorsReadModel } from '../read-model/indicators-read-model';
import { IndicatorCommandExecutor } from '../write/indicator-command-executor';

/** The goals and indicators modules running together in a Nest application context, as the API wires them. */
export interface IndicatorsTestApp {
  readonly app: INestApplicationContext;
  readonly commandBus: CommandBus;
  readonly queryBus: QueryBus;
  readonly executor: IndicatorCommandExecutor;
  readonly importer: MeasurementsImporter;
  readonly runner: IndicatorsProjectionRunner;
  readonly model: IndicatorsReadModel;
  readonly goalsRunner: ProjectionRunner;
  /** Waits until both read models have applied everything in the store. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Starts both modules on `store` (both projections catch up during init) with the given clock. */
export async function startIndicatorsApp(store: EventStore, clock: Clock): Promise<IndicatorsTestApp> {
  @Module({
    providers: [
      { provide: EVENT_STORE_PORT, useValue: store },
      { provide: CLOCK, useValue: clock },
    ],
    exports: [EVENT_STORE_PORT, CLOCK],
  })
  class TestInfrastructureModule {}

  @Module({
    imports: [
      GoalsApplicationModule.register({ imports: [TestInfrastructureModule] }),
      IndicatorsApplicationModule.register({ imports: [TestInfrastructureModule] }),
    ],
  })
  class TestAppModule {}

  const app = await NestFactory.createApplicationContext(TestAppModule, { logger: false });
  await app.init();
  const runner = app.get(IndicatorsProjectionRunner);
  const goalsRunner = app.get(ProjectionRunner);
  return {
    app,
    commandBus: app.get(CommandBus),
    queryBus: app.get(QueryBus),
    executor: app.get(IndicatorCommandExecutor),
    importer: app.get(MeasurementsImporter),
    runner,
    model: app.get(IndicatorsReadModel),
    goalsRunner,
    settle: async () => {
      const head = await store.headPosition();
      if (head === null) return;
      await goalsRunner.waitFor(head, 5_000);
      // The indicators model sees only indicator streams: wait for the last indicator event there is.
      let last: string | null = null;
      for await (const event of store.readAll({ streamPrefix: 'indicator-', fromPosition: runner.checkpoint ?? undefined })) last = event.position;
      if (last !== null) await runner.waitFor(last, 5_000);
    },
    close: () => app.close(),
  };
}
