import { Query } from '@nestjs/cqrs';
import type { LineageGraph } from '@goaltrail/goals-domain';
import type { PlanReadTimes } from '../../../plans/queries/get-plan/get-plan.query';

/** Nodes (goals per year) and links between two years, for a flow diagram; UnknownCommitteeError if none. */
export class GetLineageQuery extends Query<LineageGraph> {
  constructor(
    readonly committeeId: string,
    readonly fromYear: number,
    readonly toYear: number,
    readonly times: PlanReadTimes = {},
  ) {
    super();
  }
}
