import type { AddFocusArea, AddGoal, DraftPlan, RegisterCommittee, RewordGoal } from '@goaltrail/goals-domain';

/** The commands an import can plan, in the order it makes them. */
type PlannedCommand = RegisterCommittee | DraftPlan | AddFocusArea | AddGoal | RewordGoal;

/** What an import changes, counted by kind: what a planner checks before and after a commit. */
export interface ImportChanges {
  /** The committee the import registers, when it is new. */
  readonly committeeRegistered: string | null;
  /** The year of the plan the import drafts, when it is new. */
  readonly planDrafted: number | null;
  readonly focusAreasAdded: number;
  readonly goalsAdded: number;
  readonly goalsReworded: number;
}

/** Counts an import's actions by kind. */
export function importChangesOf(actions: readonly PlannedCommand[]): ImportChanges {
  const count = (type: PlannedCommand['type']) => actions.filter((action) => action.type === type).length;
  const committee = actions.find((action) => action.type === 'RegisterCommittee');
  const plan = actions.find((action) => action.type === 'DraftPlan');
  return {
    committeeRegistered: committee?.type === 'RegisterCommittee' ? committee.name : null,
    planDrafted: plan?.type === 'DraftPlan' ? plan.year : null,
    focusAreasAdded: count('AddFocusArea'),
    goalsAdded: count('AddGoal'),
    goalsReworded: count('RewordGoal'),
  };
}
