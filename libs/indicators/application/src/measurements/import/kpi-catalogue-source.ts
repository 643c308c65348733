import type { KpiCatalogue } from '../../read-model/indicator-indexes';

/**
 * Where a Kolada import takes its KPI catalogue from. The API has the indicators read model in memory and
 * asks it; a one-shot import reads the definitions from the store instead, so it needs no read model.
 */
export abstract class KpiCatalogueSource {
  /** KPI id → the indicators whose current definition carries it, taken once per import. */
  abstract catalogue(): Promise<KpiCatalogue>;
}
