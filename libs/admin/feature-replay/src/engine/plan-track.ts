import { IndexedPlanFold, type PlanStatus } from '@goaltrail/goals-domain';

/**
 * One plan stream through the replay: the fold that reaches its final state, and after each of its
 * events the step it came in, the goal count and the status, so the committee tree at any step is a
 * binary search per plan instead of a fold.
 */
export interface PlanTrack {
  readonly streamId: string;
  readonly committeeId: string;
  readonly year: number;
  readonly fold: IndexedPlanFold;
  /** The replay step of each of the plan's events, ascending. */
  readonly steps: number[];
  /** Goals held after each event; -1 while the plan is not drafted. */
  readonly goalCounts: number[];
  readonly statuses: (PlanStatus | null)[];
}

const planStream = /^plan-(.+)-(\d{4,})$/;

/** A new track for a `plan-<committeeId>-<year>` stream; null when the name is not one. */
export function createPlanTrack(streamId: string): PlanTrack | null {
  const match = planStream.exec(streamId);
  if (!match?.[1] || !match[2]) return null;
  return {
    streamId,
    committeeId: match[1],
    year: Number(match[2]),
    fold: new IndexedPlanFold(),
    steps: [],
    goalCounts: [],
    statuses: [],
  };
}

/** The last k with steps[k] ≤ index, or -1. */
export function lastAtOrBefore(steps: readonly number[], index: number): number {
  let low = 0;
  let high = steps.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((steps[middle] ?? Infinity) <= index) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
