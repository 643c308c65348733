import type { GoalHistory } from '@goaltrail/goals-domain';

/** The wording someone else saved while the editor had the goal open: what a conflict shows. */
export interface TheirVersion {
  readonly text: string;
  readonly measurementMethod: string | null;
  /** The revision to send as `expectedRevision` when applying one's own change on top. */
  readonly revision: number;
  readonly actor: string;
  readonly recordedAt: string;
}

/** The goal's newest wording in the plan of `year`, from its history; null if the history has none. */
export function theirVersionIn(history: GoalHistory, year: number): TheirVersion | null {
  const entries = history.entries.filter((entry) => entry.year === year && entry.change !== 'retired');
  const newest = entries.at(-1);
  if (!newest) return null;
  return {
    text: newest.goal.text,
    measurementMethod: newest.goal.measurementMethod,
    revision: newest.goal.revision,
    actor: newest.actor,
    recordedAt: newest.recordedAt,
  };
}
