import { Query } from '@nestjs/cqrs';
import type { IndicatorDetails } from '../../../read-model/indicator-views';

/** One indicator with its definition versions, targets and outcomes and their histories; 404 if unknown. */
export class GetIndicatorQuery extends Query<IndicatorDetails> {
  constructor(readonly indicatorId: string) {
    super();
  }
}
