import { goalKinds } from '@goaltrail/goals-domain';
import type { IndicatorSeries, IndicatorYearStatus, StatusColour } from '@goaltrail/indicators-domain';
import { z } from 'zod';
import type { CommitteeFollowUp, CommitteeFollowUpGoal } from './follow-up-types';
import { eventRefSchema, measurementFields, targetFields, unitSchema } from './indicator-schemas';

// The series and the follow-up are the domain's own query types; `satisfies` ties each schema to them,
// so a change there fails typecheck here.

const seriesTarget = z.object({ ...targetFields, event: eventRefSchema, unit: unitSchema, history: z.array(z.object({ ...targetFields, event: eventRefSchema })) });
const measurement = z.object({ ...measurementFields, event: eventRefSchema });
const seriesOutcome = measurement.extend({ period: z.string(), unit: unitSchema, history: z.array(measurement) });

export const indicatorSeriesSchema = z.object({
  indicatorId: z.string(),
  name: z.string(),
  unit: unitSchema,
  direction: z.enum(['increase', 'decrease', 'reach']),
  definitionVersion: z.number().int(),
  tolerance: z.number(),
  points: z.array(
    z.object({
      period: z.string(),
      year: z.number().int(),
      kind: z.enum(['year', 'half-year', 'quarter', 'month']),
      target: seriesTarget.nullable(),
      outcome: seriesOutcome.nullable(),
      acrossDefinitionChange: z.boolean(),
    }),
  ),
  definitionChanges: z.array(
    z.object({
      version: z.number().int(),
      effectiveAt: z.string().nullable(),
      recordedAt: z.string().nullable(),
      reason: z.string().nullable(),
      changes: z.array(z.object({ field: z.enum(['description', 'unit', 'direction', 'measurementMethod', 'dataSource', 'koladaKpiId']), from: z.string().nullable(), to: z.string().nullable() })),
    }),
  ),
}) satisfies z.ZodType<IndicatorSeries>;

const colour = z.enum(['green', 'yellow', 'red', 'grey']) satisfies z.ZodType<StatusColour>;
const indicatorStatus = z.object({
  indicatorId: z.string(),
  name: z.string(),
  year: z.number().int(),
  status: colour,
  greyReason: z.enum(['text-indicator', 'no-target', 'no-outcome', 'different-definitions']).nullable(),
  rule: z.string(),
  target: z.object({ ...targetFields, event: eventRefSchema }).nullable(),
  outcome: measurement.extend({ period: z.string() }).nullable(),
  tolerance: z.number(),
  level: z.number().nullable(),
}) satisfies z.ZodType<IndicatorYearStatus>;

export const committeeFollowUpSchema = z.object({
  committeeId: z.string(),
  year: z.number().int(),
  planStatus: z.enum(['draft', 'adopted', 'amended']),
  goals: z.array(
    z.object({
      goalId: z.string(),
      year: z.number().int(),
      status: colour,
      rule: z.string(),
      rules: z.array(z.string()),
      indicators: z.array(indicatorStatus),
      kind: z.enum(goalKinds),
      number: z.number().int(),
      text: z.string(),
      focusAreaId: z.string().nullable(),
    }) satisfies z.ZodType<CommitteeFollowUpGoal>,
  ),
  counts: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), grey: z.number().int() }),
}) satisfies z.ZodType<CommitteeFollowUp>;
