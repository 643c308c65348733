import type { InputIssue, InputPath } from '../../errors/indicator-input-error';
import { assertNever } from '../../shared/assert-never';
import { isBlank } from '../../shared/text';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import type { GenderBreakdown } from '../indicator.events';

/**
 * Why a value does not fit the unit, or null when it does. Returns a message rather than an issue
 * so that the million valid rows of an import allocate nothing.
 */
export function valueProblem(unit: IndicatorUnit, value: unknown): string | null {
  if (unit === 'text') {
    return typeof value === 'string' && !isBlank(value)
      ? null
      : 'must be a non-blank text (the unit is text)';
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number (the unit is ${unit})`;
  switch (unit) {
    case 'percent':
      return value >= 0 && value <= 100 ? null : 'must be a percentage from 0 to 100';
    case 'count':
      return value >= 0 ? null : 'must not be a negative count';
    case 'years':
      return value >= 0 ? null : 'must not be a negative number of years';
    case 'index':
      return null;
    default:
      return assertNever(unit);
  }
}

/** Adds an issue at `path` when the value does not fit the unit. */
export function checkValue(unit: IndicatorUnit, value: unknown, path: InputPath, issues: InputIssue[]): void {
  const problem = valueProblem(unit, value);
  if (problem) issues.push({ path, message: problem });
}

/**
 * The breakdown by gender, checked like the total, or null when there is none. Each part may be
 * null: Kolada leaves a gender out when too few answered.
 */
export function checkBreakdown(
  unit: IndicatorUnit,
  breakdown: GenderBreakdown | null | undefined,
  path: () => InputPath,
  issues: InputIssue[],
): GenderBreakdown | null {
  if (breakdown === null || breakdown === undefined) return null;
  if (unit === 'text') {
    issues.push({ path: path(), message: 'must be left out: a text indicator has no breakdown by gender' });
    return null;
  }
  if (typeof breakdown !== 'object') {
    issues.push({ path: path(), message: 'must be { women, men }' });
    return null;
  }
  const women = breakdown.women ?? null;
  const men = breakdown.men ?? null;
  const womenProblem = women === null ? null : valueProblem(unit, women);
  if (womenProblem) issues.push({ path: [...path(), 'women'], message: womenProblem });
  const menProblem = men === null ? null : valueProblem(unit, men);
  if (menProblem) issues.push({ path: [...path(), 'men'], message: menProblem });
  return women === null && men === null ? null : { women, men };
}

/** Why a tolerance is refused, or null: a finite number ≥ 0 in the indicator's unit. */
export function toleranceProblem(tolerance: unknown): string | null {
  return typeof tolerance === 'number' && Number.isFinite(tolerance) && tolerance >= 0
    ? null
    : 'must be a number ≥ 0 (in the indicator’s unit)';
}
