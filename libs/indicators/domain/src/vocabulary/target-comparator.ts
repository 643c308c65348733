import type { IndicatorDirection } from './indicator-direction';

/**
 * How an outcome meets a target. `at-least`/`at-most` compare with the target value itself; the
 * baseline comparators compare with a baseline value moved by the target value (the required change).
 */
export const targetComparators = [
  'at-least',
  'at-most',
  'increase-from-baseline',
  'decrease-from-baseline',
] as const;

export type TargetComparator = (typeof targetComparators)[number];

export function isTargetComparator(value: unknown): value is TargetComparator {
  return typeof value === 'string' && (targetComparators as readonly string[]).includes(value);
}

export function isBaselineComparator(comparator: TargetComparator): boolean {
  return comparator === 'increase-from-baseline' || comparator === 'decrease-from-baseline';
}

/** Whether the outcome must be at or above (`lower` bound) or at or below (`upper` bound) a level. */
export function boundOf(comparator: TargetComparator): 'lower' | 'upper' {
  return comparator === 'at-least' || comparator === 'increase-from-baseline' ? 'lower' : 'upper';
}

/**
 * A target must pull the way the indicator is better: an indicator that should increase cannot
 * have an "at most" target. `reach` indicators take any comparator.
 */
export function fitsDirection(comparator: TargetComparator, direction: IndicatorDirection): boolean {
  if (direction === 'reach') return true;
  return boundOf(comparator) === (direction === 'increase' ? 'lower' : 'upper');
}
