import { Query } from '@nestjs/cqrs';
import type { IndicatorSummary } from '../../../read-model/indicator-views';

/** Every defined indicator with its current definition, unit, Kolada id and linked goals. */
export class ListIndicatorsQuery extends Query<IndicatorSummary[]> {}
