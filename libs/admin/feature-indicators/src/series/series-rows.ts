import type { IndicatorSeries, SeriesOutcome, SeriesTarget } from '@goaltrail/indicators-domain';

/** One period of the table and the chart. */
export interface SeriesRow {
  readonly period: string;
  readonly target: SeriesTarget | null;
  /** The level the outcome is held against: the target value, or the baseline moved by it. */
  readonly level: number | null;
  readonly outcome: SeriesOutcome | null;
  /** Target and outcome were set under different definition versions: not comparable as they are. */
  readonly acrossDefinitionChange: boolean;
  /** The definition version the period's values were measured under (the outcome's, else the target's). */
  readonly definitionVersion: number;
  /** A newer definition version starts with this period (compared with the period before it). */
  readonly definitionChangesHere: boolean;
}

/** The level a target sets: its value, or for a baseline comparator the baseline moved by the value. */
export function targetLevel(target: SeriesTarget): number {
  if (!target.baseline) return target.value;
  switch (target.comparator) {
    case 'increase-from-baseline':
      return target.baseline.value + target.value;
    case 'decrease-from-baseline':
      return target.baseline.value - target.value;
    case 'at-least':
    case 'at-most':
      return target.value;
  }
}

/** The series as rows in period order, each knowing whether a definition change starts there. */
export function seriesRows(series: IndicatorSeries): SeriesRow[] {
  let previousVersion: number | null = null;
  return series.points.map((point) => {
    const definitionVersion = point.outcome?.definitionVersion ?? point.target?.definitionVersion ?? series.definitionVersion;
    const definitionChangesHere = previousVersion !== null && definitionVersion !== previousVersion;
    previousVersion = definitionVersion;
    return {
      period: point.period,
      target: point.target,
      level: point.target ? targetLevel(point.target) : null,
      outcome: point.outcome,
      acrossDefinitionChange: point.acrossDefinitionChange,
      definitionVersion,
      definitionChangesHere,
    };
  });
}
