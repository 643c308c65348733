import type { InputIssue, InputPath } from '../../errors/indicator-input-error';
import { checkPeriod } from '../../shared/period';
import { normalizeText } from '../../shared/text';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import type { GenderBreakdown } from '../indicator.events';
import { checkBreakdown, valueProblem } from './value-rules';

/** A measured value as a command or an import row carries it, before it is checked. */
export type MeasurementInput = {
  period: string;
  value: number | string;
  breakdown?: GenderBreakdown | null;
};

/** A measured value that fits the indicator: a valid period, a value of its unit, a checked breakdown. */
export type CheckedMeasurement = {
  period: string;
  value: number | string;
  breakdown: GenderBreakdown | null;
};

/** What a measurement is compared by when it is recorded again. */
export type ComparableMeasurement = {
  readonly value: number | string;
  readonly breakdown: Readonly<GenderBreakdown> | null;
  readonly definitionVersion: number;
};

/**
 * Checks period, value and breakdown, adding issues under `prefix` (e.g. `['rows', 12]`); null when
 * any is wrong. Paths are only built for an issue: an import checks a million valid rows.
 */
export function checkMeasurement(
  unit: IndicatorUnit,
  input: MeasurementInput,
  prefix: () => InputPath,
  issues: InputIssue[],
): CheckedMeasurement | null {
  const before = issues.length;
  const period = checkPeriod(typeof input.period === 'string' ? input.period : '');
  if (!period.ok) issues.push({ path: [...prefix(), 'period'], message: period.problem });
  const problem = valueProblem(unit, input.value);
  if (problem) issues.push({ path: [...prefix(), 'value'], message: problem });
  const breakdown = checkBreakdown(unit, input.breakdown, () => [...prefix(), 'breakdown'], issues);
  if (issues.length > before) return null;
  const value = typeof input.value === 'string' ? normalizeText(input.value) : input.value;
  return { period: input.period, value, breakdown };
}

/**
 * Recording the same value and breakdown again is a no-op, so a re-import changes nothing. The
 * source does not count (a second file with the same numbers is not a correction), and neither
 * does the definition version unless the caller names one: re-importing old years after a
 * method change must not re-stamp them with the new version.
 */
export function isSameMeasurement(
  previous: ComparableMeasurement,
  next: CheckedMeasurement,
  explicitVersion: number | null | undefined,
): boolean {
  const a = previous.breakdown;
  const b = next.breakdown;
  const sameBreakdown = a === null || b === null ? a === b : a.women === b.women && a.men === b.men;
  return (
    previous.value === next.value &&
    sameBreakdown &&
    (explicitVersion == null || previous.definitionVersion === explicitVersion)
  );
}
