import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@goaltrail/event-store-port';
import { EVENT_STORE_PORT } from '@goaltrail/goals-application';
import { asIndicatorEvent, indicatorIdOfStream } from '@goaltrail/indicators-domain';
import { indicatorStreamPrefix } from '../../projections/indicators-projection-runner';
import { IndicatorIndexes, type KpiCatalogue } from '../../read-model/indicator-indexes';
import { KpiCatalogueSource } from './kpi-catalogue-source';

/**
 * The KPI catalogue read straight from the indicator streams: one pass over the log, keeping only which
 * definition carries which KPI id and unit. Memory stays at the catalogue's size however many measurements
 * the streams hold, which is what lets a command-line import run without the read model.
 */
@Injectable()
export class StoreKpiCatalogue extends KpiCatalogueSource {
  constructor(@Inject(EVENT_STORE_PORT) private readonly store: EventStore) {
    super();
  }

  async catalogue(): Promise<KpiCatalogue> {
    const indexes = new IndicatorIndexes();
    for await (const event of this.store.readAll({ streamPrefix: indicatorStreamPrefix })) {
      const indicatorId = indicatorIdOfStream(event.streamId);
      const known = asIndicatorEvent(event);
      if (indicatorId !== null && known) indexes.apply(indicatorId, known);
    }
    return indexes.kpiCatalogue();
  }
}
