import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { EventStore } from '@goaltrail/event-store-port';
import { EVENT_STORE_PORT } from '@goaltrail/goals-application';
import { indicatorCommandHandlers, indicatorQueryHandlers } from './indicators-application.handlers';
import { KpiCatalogueSource } from './measurements/import/kpi-catalogue-source';
import { MeasurementsImporter } from './measurements/import/measurements-importer';
import { ReadModelKpiCatalogue } from './measurements/import/read-model-kpi-catalogue';
import { IndicatorsProjectionLifecycle } from './projections/indicators-projection-lifecycle';
import { IndicatorsProjectionRunner } from './projections/indicators-projection-runner';
import { IndicatorsReadModel } from './read-model/indicators-read-model';
import { SampleIndicatorsSeeder } from './seed/sample-indicators-seeder';
import { GoalsReadModelRef } from './shared/goals-read-model-ref';
import { IndicatorCommandExecutor } from './write/indicator-command-executor';

/** What the app hands the module. */
export interface IndicatorsApplicationOptions {
  /** Modules that provide EVENT_STORE_PORT and CLOCK, unless a global module already does. */
  imports?: ModuleMetadata['imports'];
}

/**
 * The indicators application layer: command and query handlers, the write path, the Kolada importer,
 * and the indicators read model with its projection runner (caught up on module init, stopped on destroy).
 * It runs beside `GoalsApplicationModule.register()` in the same app, which brings the global CqrsModule
 * (the buses these handlers join) and the GoalsReadModel that goal links and follow-ups read plans from.
 */
@Module({})
export class IndicatorsApplicationModule {
  static register(options: IndicatorsApplicationOptions = {}): DynamicModule {
    return {
      module: IndicatorsApplicationModule,
      imports: [...(options.imports ?? [])],
      providers: [
        IndicatorCommandExecutor,
        MeasurementsImporter,
        { provide: KpiCatalogueSource, useClass: ReadModelKpiCatalogue },
        SampleIndicatorsSeeder,
        GoalsReadModelRef,
        { provide: IndicatorsReadModel, useFactory: () => new IndicatorsReadModel() },
        {
          provide: IndicatorsProjectionRunner,
          useFactory: (store: EventStore, model: IndicatorsReadModel) => new IndicatorsProjectionRunner(store, model),
          inject: [EVENT_STORE_PORT, IndicatorsReadModel],
        },
        IndicatorsProjectionLifecycle,
        ...indicatorCommandHandlers,
        ...indicatorQueryHandlers,
      ],
      exports: [IndicatorCommandExecutor, MeasurementsImporter, SampleIndicatorsSeeder, IndicatorsReadModel, IndicatorsProjectionRunner],
    };
  }
}
