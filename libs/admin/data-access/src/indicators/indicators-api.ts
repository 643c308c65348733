import type { changeIndicatorSchema, defineIndicatorSchema, recordMeasurementSchema, setTargetSchema } from '@goaltrail/contracts';
import type { IndicatorSeries } from '@goaltrail/indicators-domain';
import type { z } from 'zod';
import type { ApiClient } from '../api-client';
import type { CommitteeFollowUp } from './follow-up-types';
import {
  indicatorDetailsSchema,
  indicatorListSchema,
  indicatorWriteAnswerSchema,
  type IndicatorDetails,
  type IndicatorSummary,
  type IndicatorWriteAnswer,
} from './indicator-schemas';
import { committeeFollowUpSchema, indicatorSeriesSchema } from './series-schemas';

/** The body of `POST /api/indicators`. */
export type DefineIndicatorRequest = z.input<typeof defineIndicatorSchema>;
/** The body of `PATCH /api/indicators/:id`: definition fields make a new version and need `reason`. */
export type ChangeIndicatorRequest = z.input<typeof changeIndicatorSchema>;
/** The body of `POST /api/indicators/:id/targets`. */
export type SetTargetRequest = z.input<typeof setTargetSchema>;
/** The body of `POST /api/indicators/:id/measurements`. */
export type RecordMeasurementRequest = z.input<typeof recordMeasurementSchema>;

/** The indicator endpoints, over the one shared client. */
export function indicatorsApi(client: ApiClient) {
  const path = (indicatorId: string) => `/api/indicators/${encodeURIComponent(indicatorId)}`;
  return {
    list: (): Promise<IndicatorSummary[]> => client.request('GET', '/api/indicators', indicatorListSchema),
    get: (indicatorId: string): Promise<IndicatorDetails> => client.request('GET', path(indicatorId), indicatorDetailsSchema),
    /** Every period the indicator has a target or an outcome for. */
    series: (indicatorId: string): Promise<IndicatorSeries> => client.request('GET', `${path(indicatorId)}/series`, indicatorSeriesSchema),
    define: (body: DefineIndicatorRequest): Promise<IndicatorWriteAnswer> => client.request('POST', '/api/indicators', indicatorWriteAnswerSchema, body),
    change: (indicatorId: string, body: ChangeIndicatorRequest): Promise<IndicatorWriteAnswer> =>
      client.request('PATCH', path(indicatorId), indicatorWriteAnswerSchema, body),
    setTarget: (indicatorId: string, body: SetTargetRequest): Promise<IndicatorWriteAnswer> =>
      client.request('POST', `${path(indicatorId)}/targets`, indicatorWriteAnswerSchema, body),
    recordMeasurement: (indicatorId: string, body: RecordMeasurementRequest): Promise<IndicatorWriteAnswer> =>
      client.request('POST', `${path(indicatorId)}/measurements`, indicatorWriteAnswerSchema, body),
    followUp: (committeeId: string, year: number): Promise<CommitteeFollowUp> =>
      client.request('GET', `/api/committees/${encodeURIComponent(committeeId)}/follow-up/${year}`, committeeFollowUpSchema),
  };
}
