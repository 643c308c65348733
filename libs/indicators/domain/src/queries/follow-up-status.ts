import { throwIfAny, type InputIssue } from '../errors/indicator-input-error';
import { findDefinitionVersion } from '../indicators/indicator.state';
import type {
  IndicatorState,
  MeasurementEntry,
  MeasurementRecord,
  TargetEntry,
} from '../indicators/indicator.state';
import {
  addDecimal,
  compareDecimal,
  decimalText,
  subtractDecimal,
  toDecimal,
  type Decimal,
} from '../shared/decimal';
import { yearProblem } from '../shared/period';
import type { IndicatorUnit } from '../vocabulary/indicator-unit';
import { boundOf } from '../vocabulary/target-comparator';
import { colourNames, comparisonText, withUnit, type StatusColour } from './status-text';
import { outcomesByYear, yearOutcome } from './year-outcome';

/** Why a year is grey. */
export type GreyReason = 'text-indicator' | 'no-target' | 'no-outcome' | 'different-definitions';

/** The outcome a status used, with the period it is from. */
export type StatusOutcome = MeasurementEntry & { readonly period: string };

/** One indicator's follow-up of one year: its colour and exactly how it was derived. */
export type IndicatorYearStatus = {
  readonly indicatorId: string;
  readonly name: string;
  readonly year: number;
  readonly status: StatusColour;
  /** Set exactly when the status is grey. */
  readonly greyReason: GreyReason | null;
  /** Human-readable derivation in Swedish, with the numbers, e.g. "utfall 73 % ≥ målvärde 75 % − tolerans 2 → gul". */
  readonly rule: string;
  readonly target: TargetEntry | null;
  readonly outcome: StatusOutcome | null;
  /** The tolerance applied: the indicator's current one. */
  readonly tolerance: number;
  /** The level the outcome had to reach (target, or baseline ± change); null when grey. */
  readonly level: number | null;
};

/** The follow-up status of one indicator for one year. */
export function followUpStatus(state: IndicatorState, year: number): IndicatorYearStatus {
  return statusOf(state, year, yearOutcome(state, year));
}

/** The follow-up status of every year from `from` to `to` (inclusive), oldest first. */
export function followUpStatuses(
  state: IndicatorState,
  range: { from: number; to: number },
): IndicatorYearStatus[] {
  const issues: InputIssue[] = [];
  for (const key of ['from', 'to'] as const) {
    const problem = yearProblem(range[key]);
    if (problem) issues.push({ path: [key], message: problem });
  }
  if (issues.length === 0 && range.from > range.to)
    issues.push({ path: ['to'], message: 'must not be before from' });
  throwIfAny(issues);
  const outcomes = outcomesByYear(state);
  const statuses: IndicatorYearStatus[] = [];
  for (let year = range.from; year <= range.to; year++) {
    statuses.push(statusOf(state, year, outcomes.get(year) ?? null));
  }
  return statuses;
}

function statusOf(
  state: IndicatorState,
  year: number,
  record: MeasurementRecord | null,
): IndicatorYearStatus {
  const target = state.targets.get(year)?.current ?? null;
  const outcome = record && { ...record.current, period: record.period.key };
  const base = {
    indicatorId: state.indicatorId,
    name: state.name,
    year,
    target,
    outcome,
    tolerance: state.tolerance,
  };
  const grey = (greyReason: GreyReason, rule: string): IndicatorYearStatus => ({
    ...base,
    status: 'grey',
    greyReason,
    rule: `${rule} → ${colourNames.grey}`,
    level: null,
  });
  const unit = unitOf(state, outcome?.definitionVersion ?? state.definition.version);
  if (unit === 'text' || typeof outcome?.value === 'string') {
    return grey('text-indicator', 'textindikator: utfallet redovisas utan färg');
  }
  if (!target) return grey('no-target', `inget målvärde för ${year}`);
  if (!outcome) return grey('no-outcome', `inget utfall för ${year}`);
  if (target.definitionVersion !== outcome.definitionVersion) {
    return grey(
      'different-definitions',
      `målvärdet (definition v${target.definitionVersion}) och utfallet ${outcome.period} ` +
        `(definition v${outcome.definitionVersion}) är mätta på olika sätt och jämförs inte`,
    );
  }
  const level = levelOf(target);
  const status = colourOf(target, toDecimal(outcome.value), level, toDecimal(state.tolerance));
  const period = outcome.period === String(year) ? '' : ` (${outcome.period})`;
  const outcomeText = `utfall ${withUnit(outcome.value, unit)}${period}`;
  return {
    ...base,
    status,
    greyReason: null,
    rule: comparisonText(status, outcomeText, target, unit, state.tolerance),
    level: Number(decimalText(level)),
  };
}

function unitOf(state: IndicatorState, version: number): IndicatorUnit {
  return findDefinitionVersion(state, version)?.unit ?? state.definition.unit;
}

/** The level to reach, computed exactly: the target value, or the baseline moved by the change. */
function levelOf(target: TargetEntry): Decimal {
  const value = toDecimal(target.value);
  if (!target.baseline) return value;
  const baseline = toDecimal(target.baseline.value);
  return target.comparator === 'increase-from-baseline'
    ? addDecimal(baseline, value)
    : subtractDecimal(baseline, value);
}

/**
 * Met at or beyond the level is green; short of it but within the tolerance (inclusive) yellow;
 * further off red. All in exact decimals, so the boundaries are where the numbers say.
 */
function colourOf(
  target: TargetEntry,
  outcome: Decimal,
  level: Decimal,
  tolerance: Decimal,
): Exclude<StatusColour, 'grey'> {
  if (boundOf(target.comparator) === 'lower') {
    if (compareDecimal(outcome, level) >= 0) return 'green';
    return compareDecimal(outcome, subtractDecimal(level, tolerance)) >= 0 ? 'yellow' : 'red';
  }
  if (compareDecimal(outcome, level) <= 0) return 'green';
  return compareDecimal(outcome, addDecimal(level, tolerance)) <= 0 ? 'yellow' : 'red';
}
