import type { InputIssue } from '../../errors/indicator-input-error';
import { checkPeriod, yearProblem } from '../../shared/period';
import type { NumericUnit } from '../../vocabulary/indicator-unit';
import type { IndicatorDirection } from '../../vocabulary/indicator-direction';
import {
  fitsDirection,
  isBaselineComparator,
  isTargetComparator,
  targetComparators,
} from '../../vocabulary/target-comparator';
import type { BaselineData } from '../indicator.events';
import { checkValue } from './value-rules';

/** A target as a command carries it, before it is checked. */
export type TargetInput = {
  year: number;
  comparator: string;
  value: number;
  baseline?: BaselineData | null;
};

/**
 * Every problem of a target for a numeric indicator, with field paths. For `at-least`/`at-most`
 * the value is the level itself, so it obeys the unit (0–100 for percent). For the baseline
 * comparators it is the required change from the baseline in the unit (percentage points for
 * percent), so it must be above 0, and the baseline is the decision's own starting point.
 */
export function targetIssues(
  input: TargetInput,
  unit: NumericUnit,
  direction: IndicatorDirection,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const year = yearProblem(input.year);
  if (year) issues.push({ path: ['year'], message: year });
  if (!isTargetComparator(input.comparator)) {
    issues.push({ path: ['comparator'], message: `must be one of ${targetComparators.join(', ')}` });
    return issues;
  }
  if (!fitsDirection(input.comparator, direction)) {
    issues.push({ path: ['comparator'], message: `does not fit an indicator that should ${direction}` });
  }
  if (!isBaselineComparator(input.comparator)) {
    checkValue(unit, input.value, ['value'], issues);
    if (input.baseline != null) {
      issues.push({ path: ['baseline'], message: `must be left out for an ${input.comparator} target` });
    }
    return issues;
  }
  if (!isChange(input.value, unit)) {
    const most = unit === 'percent' ? ' and at most 100' : '';
    issues.push({
      path: ['value'],
      message: `must be the required change from the baseline: above 0${most}`,
    });
  }
  if (input.baseline == null) {
    issues.push({ path: ['baseline'], message: 'must be given as { period, value } for a change target' });
    return issues;
  }
  checkBaselinePeriod(input.baseline.period, input.year, issues);
  checkValue(unit, input.baseline.value, ['baseline', 'value'], issues);
  return issues;
}

function isChange(value: unknown, unit: NumericUnit): boolean {
  return (
    typeof value === 'number' && Number.isFinite(value) && value > 0 && (unit !== 'percent' || value <= 100)
  );
}

function checkBaselinePeriod(text: string, targetYear: number, issues: InputIssue[]): void {
  const check = checkPeriod(typeof text === 'string' ? text : '');
  if (!check.ok) issues.push({ path: ['baseline', 'period'], message: check.problem });
  else if (check.period.year >= targetYear) {
    issues.push({ path: ['baseline', 'period'], message: `must lie before the target year ${targetYear}` });
  }
}

/** Two targets say the same (their definition versions aside). */
export function sameTarget(a: TargetInput, b: TargetInput): boolean {
  const [x, y] = [a.baseline ?? null, b.baseline ?? null];
  const sameBaseline = x === null || y === null ? x === y : x.period === y.period && x.value === y.value;
  return a.comparator === b.comparator && a.value === b.value && sameBaseline;
}
