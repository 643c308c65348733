import { throwIfAny, type InputIssue } from '../errors/indicator-input-error';
import type {
  DefinitionFieldChange,
  IndicatorState,
  MeasurementEntry,
  TargetEntry,
} from '../indicators/indicator.state';
import { findDefinitionVersion } from '../indicators/indicator.state';
import {
  checkPeriod,
  comparePeriods,
  endOf,
  isWithin,
  parsePeriod,
  startOf,
  type Period,
  type PeriodKind,
} from '../shared/period';
import type { IndicatorDirection } from '../vocabulary/indicator-direction';
import type { IndicatorUnit } from '../vocabulary/indicator-unit';

/** Periods to include, inclusive; a period is in range when it lies wholly within. Absent: unbounded. */
export type SeriesQuery = { from?: string | null; to?: string | null };

/** A year's target in force, the unit of its definition version, and its every earlier value. */
export type SeriesTarget = TargetEntry & {
  readonly unit: IndicatorUnit;
  readonly history: readonly TargetEntry[];
};

/** A period's outcome in force, the unit of its definition version, and its every earlier value. */
export type SeriesOutcome = MeasurementEntry & {
  readonly period: string;
  readonly unit: IndicatorUnit;
  readonly history: readonly MeasurementEntry[];
};

/**
 * One period of the series. Every period carries its year's target, so an interim outcome (Q3)
 * can be shown against the year's target.
 */
export type SeriesPoint = {
  readonly period: string;
  readonly year: number;
  readonly kind: PeriodKind;
  readonly target: SeriesTarget | null;
  readonly outcome: SeriesOutcome | null;
  /** Target and outcome were set under different definition versions: not comparable as they are. */
  readonly acrossDefinitionChange: boolean;
};

/** A new definition version: since when, why, and which fields changed from what to what. */
export type DefinitionChange = {
  readonly version: number;
  readonly effectiveAt: string | null;
  readonly recordedAt: string | null;
  readonly reason: string | null;
  readonly changes: readonly DefinitionFieldChange[];
};

/** An indicator's targets and outcomes over a range of periods, for tables and charts. */
export type IndicatorSeries = {
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: IndicatorDirection;
  readonly definitionVersion: number;
  readonly tolerance: number;
  /** Sorted by period: a year before its halves, quarters and months. */
  readonly points: readonly SeriesPoint[];
  /** Every revision (version 2 onwards), oldest first; version 1 is the original definition. */
  readonly definitionChanges: readonly DefinitionChange[];
};

/**
 * Targets and outcomes per period. A period has a point when it has an outcome, or when it is a
 * year with a target. Target and outcome are never mixed silently: when their definition
 * versions differ the point is flagged `acrossDefinitionChange`.
 */
export function indicatorSeries(state: IndicatorState, query: SeriesQuery = {}): IndicatorSeries {
  const [from, to] = range(query);
  const periods = new Map<string, Period>();
  for (const record of state.measurements.values()) {
    if (isWithin(record.period, from, to)) periods.set(record.period.key, record.period);
  }
  for (const year of state.targets.keys()) {
    const period = parsePeriod(String(year));
    if (period && isWithin(period, from, to)) periods.set(period.key, period);
  }
  const points = [...periods.values()].sort(comparePeriods).map((period) => pointOf(state, period));
  const { definition } = state;
  return {
    indicatorId: state.indicatorId,
    name: state.name,
    unit: definition.unit,
    direction: definition.direction,
    definitionVersion: definition.version,
    tolerance: state.tolerance,
    points,
    definitionChanges: state.definitions.slice(1).map((version) => ({
      version: version.version,
      effectiveAt: version.event.effectiveAt,
      recordedAt: version.event.recordedAt,
      reason: version.reason,
      changes: version.changes,
    })),
  };
}

function pointOf(state: IndicatorState, period: Period): SeriesPoint {
  const targetRecord = state.targets.get(period.year);
  const outcomeRecord = state.measurements.get(period.key);
  const target = targetRecord
    ? {
        ...targetRecord.current,
        unit: unitOf(state, targetRecord.current.definitionVersion),
        history: targetRecord.history,
      }
    : null;
  const outcome = outcomeRecord
    ? {
        ...outcomeRecord.current,
        period: period.key,
        unit: unitOf(state, outcomeRecord.current.definitionVersion),
        history: outcomeRecord.history,
      }
    : null;
  const acrossDefinitionChange =
    target !== null && outcome !== null && target.definitionVersion !== outcome.definitionVersion;
  return {
    period: period.key,
    year: period.year,
    kind: period.kind,
    target,
    outcome,
    acrossDefinitionChange,
  };
}

function unitOf(state: IndicatorState, version: number): IndicatorUnit {
  return findDefinitionVersion(state, version)?.unit ?? state.definition.unit;
}

function range(query: SeriesQuery): [Period | null, Period | null] {
  const issues: InputIssue[] = [];
  const read = (key: 'from' | 'to'): Period | null => {
    const text = query[key];
    if (text === null || text === undefined || text === '') return null;
    const check = checkPeriod(text);
    if (!check.ok) issues.push({ path: [key], message: check.problem });
    return check.ok ? check.period : null;
  };
  const [from, to] = [read('from'), read('to')];
  if (from && to && endOf(to) < startOf(from)) {
    issues.push({ path: ['to'], message: 'must not be before from' });
  }
  throwIfAny(issues);
  return [from, to];
}
