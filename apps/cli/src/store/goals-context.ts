import 'reflect-metadata';
import { CLOCK, EVENT_STORE_PORT, GoalsApplicationModule, systemClock } from '@goaltrail/goals-application';
import type { EventStore } from '@goaltrail/event-store';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * The goals application over an opened store, without HTTP: the same command handlers, executor and
 * read model as the API, so a CLI write takes the same path. The caller closes it before the store.
 */
export async function openGoalsContext(store: EventStore): Promise<INestApplicationContext> {
  @Module({
    providers: [
      { provide: EVENT_STORE_PORT, useValue: store },
      { provide: CLOCK, useValue: systemClock },
    ],
    exports: [EVENT_STORE_PORT, CLOCK],
  })
  class CliInfrastructureModule {}

  return NestFactory.createApplicationContext(GoalsApplicationModule.register({ imports: [CliInfrastructureModule] }), {
    logger: false,
  });
}
