import {
  indicatorDirections,
  indicatorUnits,
  targetComparators,
  type DefinitionFieldChange,
  type DefinitionFields,
  type GoalLink,
  type IndicatorDirection,
  type IndicatorUnit,
  type MeasurementEntry,
  type TargetEntry,
} from '@goaltrail/indicators-domain';
import { z } from 'zod';

// `GET /api/indicators` and `GET /api/indicators/:id` answer the application layer's views, which the SPA
// may not import (server scope); these schemas restate them from the shared domain types they are made of.

/** An indicator as the list shows it: its current definition, the goals it follows up and how much it holds. */
export interface IndicatorSummary extends Readonly<DefinitionFields> {
  readonly indicatorId: string;
  readonly name: string;
  /** The current definition version (1, 2 …). */
  readonly definitionVersion: number;
  readonly tolerance: number;
  readonly revision: number;
  readonly goals: readonly GoalLink[];
  readonly targetCount: number;
  readonly measurementCount: number;
}

/** Who recorded a value, beside the event it came from. */
export interface Recorder {
  readonly actor: string | null;
  readonly role: string | null;
}

/** A value of a history with its event and who recorded it. */
export type Recorded<T extends { readonly event: object }> = Omit<T, 'event'> & { readonly event: T['event'] & Recorder };

/** One definition version as the detail view lists it. */
export type DefinitionVersionView = Recorded<
  Readonly<DefinitionFields> & { readonly version: number; readonly reason: string | null; readonly changes: readonly DefinitionFieldChange[]; readonly event: TargetEntry['event'] }
>;

/** One indicator in full: every definition version, every target and outcome with their histories. */
export interface IndicatorDetails extends IndicatorSummary {
  readonly definitions: readonly DefinitionVersionView[];
  readonly targets: readonly { year: number; current: Recorded<TargetEntry>; history: readonly Recorded<TargetEntry>[] }[];
  readonly measurements: readonly { period: string; current: Recorded<MeasurementEntry>; history: readonly Recorded<MeasurementEntry>[] }[];
}

/** What every indicator write answers; `changed` is false for a repeat that recorded nothing. */
export interface IndicatorWriteAnswer {
  readonly indicatorId: string;
  readonly streamId: string;
  readonly revision: number | null;
  readonly position: string | null;
  readonly changed: boolean;
}

/** The shared parts, for the series schemas too. */
export const unitSchema = z.enum(indicatorUnits) satisfies z.ZodType<IndicatorUnit>;
const directionSchema = z.enum(indicatorDirections) satisfies z.ZodType<IndicatorDirection>;
const text = z.string();
export const eventRefSchema = z.object({
  type: text,
  revision: z.number().int().nullable(),
  effectiveAt: text.nullable(),
  recordedAt: text.nullable(),
});
const recordedRefSchema = eventRefSchema.extend({ actor: text.nullable(), role: text.nullable() });
export const baselineSchema = z.object({ period: text, value: z.number() });
export const breakdownSchema = z.object({ women: z.number().nullable(), men: z.number().nullable() });
export const targetFields = {
  year: z.number().int(),
  comparator: z.enum(targetComparators),
  value: z.number(),
  baseline: baselineSchema.nullable(),
  definitionVersion: z.number().int(),
  reason: text.nullable(),
};
export const measurementFields = {
  value: z.union([z.number(), text]),
  breakdown: breakdownSchema.nullable(),
  source: text,
  definitionVersion: z.number().int(),
  reason: text.nullable(),
};
const definitionFields = {
  description: text.nullable(),
  unit: unitSchema,
  direction: directionSchema,
  measurementMethod: text,
  dataSource: text,
  koladaKpiId: text.nullable(),
};

export const indicatorSummarySchema = z.object({
  indicatorId: text,
  name: text,
  ...definitionFields,
  definitionVersion: z.number().int(),
  tolerance: z.number(),
  revision: z.number().int(),
  goals: z.array(z.object({ goalId: text, committeeId: text })),
  targetCount: z.number().int(),
  measurementCount: z.number().int(),
}) satisfies z.ZodType<IndicatorSummary>;

export const indicatorListSchema = z.array(indicatorSummarySchema);

const definitionChangeSchema = z.object({
  field: z.enum(['description', 'unit', 'direction', 'measurementMethod', 'dataSource', 'koladaKpiId']),
  from: text.nullable(),
  to: text.nullable(),
}) satisfies z.ZodType<DefinitionFieldChange>;
const recordedTarget = z.object({ ...targetFields, event: recordedRefSchema });
const recordedMeasurement = z.object({ ...measurementFields, event: recordedRefSchema });

export const indicatorDetailsSchema = indicatorSummarySchema.extend({
  definitions: z.array(
    z.object({ ...definitionFields, version: z.number().int(), reason: text.nullable(), changes: z.array(definitionChangeSchema), event: recordedRefSchema }),
  ),
  targets: z.array(z.object({ year: z.number().int(), current: recordedTarget, history: z.array(recordedTarget) })),
  measurements: z.array(z.object({ period: text, current: recordedMeasurement, history: z.array(recordedMeasurement) })),
}) satisfies z.ZodType<IndicatorDetails>;

export const indicatorWriteAnswerSchema = z.object({
  indicatorId: text,
  streamId: text,
  revision: z.number().int().nullable(),
  position: text.nullable(),
  changed: z.boolean(),
}) satisfies z.ZodType<IndicatorWriteAnswer>;
