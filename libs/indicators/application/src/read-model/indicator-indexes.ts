import type { IndicatorEvent, IndicatorUnit } from '@goaltrail/indicators-domain';

/** Which indicators carry a Kolada KPI id, and their units: what an import matches file rows against. */
export type KpiCatalogue = ReadonlyMap<string, readonly { readonly indicatorId: string; readonly unit: IndicatorUnit }[]>;

/**
 * Goal id → linked indicators, and Kolada KPI id → indicators whose current definition carries it. Moved
 * by the events themselves, so they are right before any indicator is folded and lookups never scan.
 */
export class IndicatorIndexes {
  private readonly byGoal = new Map<string, Set<string>>();
  private readonly byKpi = new Map<string, Set<string>>();
  private readonly kpiOf = new Map<string, string>();
  private readonly unitOf = new Map<string, IndicatorUnit>();

  /** Moves the indexes by one event of an indicator's stream. */
  apply(indicatorId: string, event: IndicatorEvent): void {
    if (event.type === 'IndicatorDefined' || event.type === 'IndicatorDefinitionRevised') {
      const before = this.kpiOf.get(indicatorId);
      if (before !== undefined) this.byKpi.get(before)?.delete(indicatorId);
      this.kpiOf.delete(indicatorId);
      // Every definition event carries the whole definition, so the latest one says the unit.
      this.unitOf.set(indicatorId, event.data.unit);
      if (event.data.koladaKpiId !== null) {
        this.kpiOf.set(indicatorId, event.data.koladaKpiId);
        setOf(this.byKpi, event.data.koladaKpiId).add(indicatorId);
      }
    } else if (event.type === 'IndicatorLinkedToGoal') setOf(this.byGoal, event.data.goalId).add(indicatorId);
    else if (event.type === 'IndicatorUnlinkedFromGoal') this.byGoal.get(event.data.goalId)?.delete(indicatorId);
  }

  /** Ids of the indicators linked to the goal. */
  linkedTo(goalId: string): ReadonlySet<string> {
    return this.byGoal.get(goalId) ?? new Set();
  }

  /** Ids of the indicators carrying the KPI id. */
  carrying(kpi: string): ReadonlySet<string> {
    return this.byKpi.get(kpi) ?? new Set();
  }

  /** KPI id → the indicators whose current definition carries it (in id order), with their units. */
  kpiCatalogue(): KpiCatalogue {
    const catalogue = new Map<string, { indicatorId: string; unit: IndicatorUnit }[]>();
    for (const [kpi, ids] of this.byKpi) {
      const carriers = [...ids].sort(compareIds).flatMap((indicatorId) => {
        const unit = this.unitOf.get(indicatorId);
        return unit === undefined ? [] : [{ indicatorId, unit }];
      });
      if (carriers.length > 0) catalogue.set(kpi, carriers);
    }
    return catalogue;
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
