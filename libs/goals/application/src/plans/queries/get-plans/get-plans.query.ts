import { Query } from '@nestjs/cqrs';
import type { PlanSummary } from '../../../read-model/read-model.types';

/** A committee's plans in year order, with status and decision; UnknownCommitteeError if none. */
export class GetPlansQuery extends Query<PlanSummary[]> {
  constructor(readonly committeeId: string) {
    super();
  }
}
