import type { PlanGoal, PlanStatus } from '@goaltrail/goals-domain';
import type { GoalYearStatus, StatusColour } from '@goaltrail/indicators-domain';

/** One goal of a plan with its follow-up colour for the year, the rule behind it and each indicator's. */
export type CommitteeFollowUpGoal = GoalYearStatus & Pick<PlanGoal, 'kind' | 'number' | 'text' | 'focusAreaId'>;

/** `GET /api/committees/:committeeId/follow-up/:year`: every goal of the plan, in the plan's order, and the counts per colour. */
export interface CommitteeFollowUp {
  readonly committeeId: string;
  readonly year: number;
  readonly planStatus: PlanStatus;
  readonly goals: readonly CommitteeFollowUpGoal[];
  readonly counts: Readonly<Record<StatusColour, number>>;
}
