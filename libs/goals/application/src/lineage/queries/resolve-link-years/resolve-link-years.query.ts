import { Query } from '@nestjs/cqrs';

/** The committee and years a LinkGoals command needs. */
export interface LinkYears {
  readonly committeeId: string;
  readonly fromYear: number;
  readonly toYear: number;
}

/**
 * Completes `POST /api/lineage`, whose body names goals but maybe not years or the committee:
 * the first year holding `toGoalId`, and the newest earlier year holding `fromGoalId`. For a
 * retirement (`toGoalId` null): the newest year holding the goal and the committee's next plan.
 */
export class ResolveLinkYearsQuery extends Query<LinkYears> {
  constructor(
    readonly fromGoalId: string,
    readonly toGoalId: string | null,
    readonly fromYear?: number | null,
    readonly toYear?: number | null,
  ) {
    super();
  }
}
