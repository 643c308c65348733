import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus, EventBus, QueryBus } from '@nestjs/cqrs';
import type { EventStore } from '@goaltrail/event-store-port';
import { GoalsApplicationModule } from '../goals-application.module';
import { ProjectionRunner } from '../projections/projection-runner';
import { GoalsReadModel } from '../read-model/goals-read-model';
import { CLOCK, EVENT_STORE_PORT, type Clock } from '../shared/goals-application.tokens';
import { CommandExecutor } from '../write/command-executor';

/** The goals module running in a Nest application context, as the API wires it. */
export interface GoalsTestApp {
  readonly app: INestApplicationContext;
  readonly commandBus: CommandBus;
  readonly queryBus: QueryBus;
  readonly eventBus: EventBus;
  readonly executor: CommandExecutor;
  readonly runner: ProjectionRunner;
  readonly model: GoalsReadModel;
  close(): Promise<void>;
}

/** Starts the module on `store` (the projection catches up during init) with the given clock. */
export async function startGoalsApp(store: EventStore, clock: Clock): Promise<GoalsTestApp> {
  @Module({
    providers: [
      { provide: EVENT_STORE_PORT, useValue: store },
      { provide: CLOCK, useValue: clock },
    ],
    exports: [EVENT_STORE_PORT, CLOCK],
  })
  class TestInfrastructureModule {}

  const app = await NestFactory.createApplicationContext(
    GoalsApplicationModule.register({ imports: [TestInfrastructureModule] }),
    { logger: false },
  );
  await app.init();
  return {
    app,
    commandBus: app.get(CommandBus),
    queryBus: app.get(QueryBus),
    eventBus: app.get(EventBus),
    executor: app.get(CommandExecutor),
    runner: app.get(ProjectionRunner),
    model: app.get(GoalsReadModel),
    close: () => app.close(),
  };
}
