import { Query } from '@nestjs/cqrs';
import type { PlanView } from '@goaltrail/goals-domain';

/** Which clocks limit a plan read; both absent means the plan as it stands now. */
export interface PlanReadTimes {
  /** System time (ISO 8601): the plan as the system had recorded it then. */
  readonly asOf?: string | null;
  /** Business time (date or date-time): only changes in effect by then. */
  readonly effectiveAt?: string | null;
}

/** One plan as the domain's view (its `revision` is the plan stream revision); UnknownPlanError if none. */
export class GetPlanQuery extends Query<PlanView> {
  constructor(
    readonly committeeId: string,
    readonly year: number,
    readonly times: PlanReadTimes = {},
  ) {
    super();
  }
}
