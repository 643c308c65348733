import { Query } from '@nestjs/cqrs';
import type { PlanGoal, PlanStatus } from '@goaltrail/goals-domain';
import type { GoalYearStatus, StatusColour } from '@goaltrail/indicators-domain';

/** One goal of the plan with its follow-up status for the year. */
export type GoalFollowUp = GoalYearStatus & Pick<PlanGoal, 'kind' | 'number' | 'text' | 'focusAreaId'>;

/** A committee's plan for a year, each goal with its colour and the rules that derived it. */
export interface CommitteeFollowUp {
  readonly committeeId: string;
  readonly year: number;
  readonly planStatus: PlanStatus;
  /** In the plan's order. */
  readonly goals: readonly GoalFollowUp[];
  /** How many goals have each colour. */
  readonly counts: Readonly<Record<StatusColour, number>>;
}

/** The follow-up (uppföljning) of a committee's plan for one year; 404 when the committee has no plan then. */
export class GetCommitteeFollowUpQuery extends Query<CommitteeFollowUp> {
  constructor(
    readonly committeeId: string,
    readonly year: number,
  ) {
    super();
  }
}
