import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { IndicatorsApplicationOptions } from './indicators-application.module';
import { KpiCatalogueSource } from './measurements/import/kpi-catalogue-source';
import { MeasurementsImporter } from './measurements/import/measurements-importer';
import { StoreKpiCatalogue } from './measurements/import/store-kpi-catalogue';
import { IndicatorCommandExecutor } from './write/indicator-command-executor';

/**
 * Only what a one-shot Kolada import needs: the write path and the importer, with the KPI catalogue read
 * from the store. No read model and no projection: a process that imports a million rows and exits should
 * not first load every indicator's history, nor read back what it appends.
 */
@Module({})
export class MeasurementsImportModule {
  static register(options: IndicatorsApplicationOptions = {}): DynamicModule {
    return {
      module: MeasurementsImportModule,
      imports: [CqrsModule.forRoot(), ...(options.imports ?? [])],
      providers: [IndicatorCommandExecutor, MeasurementsImporter, { provide: KpiCatalogueSource, useClass: StoreKpiCatalogue }],
      exports: [MeasurementsImporter],
    };
  }
}
