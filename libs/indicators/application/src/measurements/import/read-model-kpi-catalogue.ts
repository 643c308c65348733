import { Inject, Injectable } from '@nestjs/common';
import type { KpiCatalogue } from '../../read-model/indicator-indexes';
import { IndicatorsReadModel } from '../../read-model/indicators-read-model';
import { KpiCatalogueSource } from './kpi-catalogue-source';

/** The KPI catalogue of the read model a running server keeps anyway: no read of the store per upload. */
@Injectable()
export class ReadModelKpiCatalogue extends KpiCatalogueSource {
  constructor(@Inject(IndicatorsReadModel) private readonly model: IndicatorsReadModel) {
    super();
  }

  async catalogue(): Promise<KpiCatalogue> {
    return this.model.kpiCatalogue();
  }
}
