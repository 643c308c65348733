import type { LineageRelation } from '../vocabulary/lineage-relation';

/** A planner's judgement that a goal of one year became (part of) a goal of a later year. */
export type GoalsLinked = {
  type: 'GoalsLinked';
  data: {
    committeeId: string;
    fromYear: number;
    fromGoalId: string;
    toYear: number;
    /** null only for `retired`: the goal has no successor in `toYear`. */
    toGoalId: string | null;
    relation: LineageRelation;
    rationale: string;
  };
};

/** A recorded link is withdrawn, e.g. when a planner revises the sample lineage. */
export type GoalsUnlinked = {
  type: 'GoalsUnlinked';
  data: {
    committeeId: string;
    fromYear: number;
    fromGoalId: string;
    toYear: number;
    toGoalId: string | null;
    reason: string;
  };
};

/** Every event of a `lineage-<committeeId>` stream. */
export type LineageEvent = GoalsLinked | GoalsUnlinked;

// A Record keyed by the union makes the compiler reject a missing or a stray type name.
const lineageEventTypeSet: Record<LineageEvent['type'], true> = { GoalsLinked: true, GoalsUnlinked: true };

export function asLineageEvent(event: { type: string; data: unknown }): LineageEvent | null {
  return Object.hasOwn(lineageEventTypeSet, event.type) ? (event as LineageEvent) : null;
}
