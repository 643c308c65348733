import type { GoalKind } from '../vocabulary/goal-kind';

/** draft → adopted → amended (every later amendment keeps it amended). */
export type PlanStatus = 'draft' | 'adopted' | 'amended';

/** A goal as one plan holds it. */
export type PlanGoal = {
  readonly goalId: string;
  readonly kind: GoalKind;
  readonly number: number;
  readonly text: string;
  readonly measurementMethod: string | null;
  /** null: the goal sits in its kind's section (inriktningsmål, effektmål). */
  readonly focusAreaId: string | null;
  /** Wording revision: 0 when the goal was added, +1 per rewording, kept when carried forward. */
  readonly revision: number;
  /** The year this goal was carried forward from, or null if it was added in this plan. */
  readonly carriedFrom: number | null;
};

/** A council focus area as the plan shows it. */
export type PlanFocusArea = {
  readonly focusAreaId: string;
  readonly title: string;
  readonly description: readonly string[];
};

/** A goal that left this plan. */
export type RetiredPlanGoal = {
  readonly goalId: string;
  readonly reason: string;
  readonly fromYear: number | null;
};

/** The formal decision that adopted or amended a plan. */
export type PlanDecision = { readonly decisionRef: string; readonly decidedOn: string };

/** An amendment's decision and why it was made. */
export type PlanAmendment = PlanDecision & { readonly reason: string };

/** One committee's goals for one year, as the write side and the views need it. */
export type PlanState = {
  readonly committeeId: string;
  readonly year: number;
  readonly status: PlanStatus;
  readonly carriedForwardFrom: number | null;
  readonly focusAreas: readonly PlanFocusArea[];
  readonly goals: readonly PlanGoal[];
  readonly retired: readonly RetiredPlanGoal[];
  readonly adoption: PlanDecision | null;
  readonly amendments: readonly PlanAmendment[];
};

/** The section a goal sits in: its focus area, or the section of its kind. */
export function sectionIdOf(goal: { kind: GoalKind; focusAreaId: string | null }): string {
  return goal.focusAreaId === null ? `kind:${goal.kind}` : `focus-area:${goal.focusAreaId}`;
}
