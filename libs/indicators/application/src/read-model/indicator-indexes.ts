import type { IndicatorEvent } from '@goaltrail/indicators-domain';

/**
 * Goal id → linked indicators, and Kolada KPI id → indicators whose current definition carries it. Moved
 * by the events themselves, so they are right before any indicator is folded and lookups never scan.
 */
export class IndicatorIndexes {
  private readonly byGoal = new Map<string, Set<string>>();
  private readonly byKpi = new Map<string, Set<string>>();
  private readonly kpiOf = new Map<string, string>();

  /** Moves the indexes by one event of an indicator's stream. */
  apply(indicatorId: string, event: IndicatorEvent): void {
    if (event.type === 'IndicatorDefined' || event.type === 'IndicatorDefinitionRevised') {
      const before = this.kpiOf.get(indicatorId);
      if (before !== undefined) this.byKpi.get(before)?.delete(indicatorId);
      this.kpiOf.delete(indicatorId);
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

  /** Every KPI id some indicator carries or carried. */
  kpis(): Iterable<string> {
    return this.byKpi.keys();
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
