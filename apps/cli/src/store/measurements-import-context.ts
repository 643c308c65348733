import 'reflect-metadata';
import type { EventStore } from '@goaltrail/event-store';
import { CLOCK, EVENT_STORE_PORT, systemClock } from '@goaltrail/goals-application';
import { MeasurementsImportModule } from '@goaltrail/indicators-application';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * The indicators write path and the Kolada importer over an opened store, without HTTP and without read
 * models: an import reads its KPI catalogue from the store once, so the process does not load every
 * indicator's history first (nor read back what it appends). The caller closes it before the store.
 */
export async function openMeasurementsImportContext(store: EventStore): Promise<INestApplicationContext> {
  @Module({
    providers: [
      { provide: EVENT_STORE_PORT, useValue: store },
      { provide: CLOCK, useValue: systemClock },
    ],
    exports: [EVENT_STORE_PORT, CLOCK],
  })
  class CliInfrastructureModule {}

  @Module({ imports: [MeasurementsImportModule.register({ imports: [CliInfrastructureModule] })] })
  class CliMeasurementsImportModule {}

  return NestFactory.createApplicationContext(CliMeasurementsImportModule, { logger: false });
}
