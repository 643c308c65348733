import { indicatorDirections, indicatorUnits } from '@goaltrail/indicators-domain';
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A reason for a change, as every write that needs one takes it. */
export const reasonSchema = text(1000);

/** An indicator id the caller chooses: a slug such as `nojdhet-hemtjanst`; the server makes a UUID when absent. */
export const indicatorIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and - (at most 63 characters), e.g. nojdhet-hemtjanst');

/** One of the indicator units: percent, count, years, index, text. */
export const indicatorUnitSchema = z.enum(indicatorUnits, { error: `must be one of ${indicatorUnits.join(', ')}` });

const direction = z.enum(indicatorDirections, { error: `must be one of ${indicatorDirections.join(', ')}` });
// The domain forgives case and spaces (n 00945 → N00945) and gives the precise message for anything else.
const koladaKpiId = z.string().max(20, 'must be a Kolada KPI id such as N00945').nullable();
const tolerance = z.number({ error: 'must be a number' }).min(0, 'must be 0 or more, in the indicator’s unit');

/** The fields whose change makes a new definition version (and needs a reason). */
export const definitionFieldNames = ['description', 'unit', 'direction', 'measurementMethod', 'dataSource', 'koladaKpiId'] as const;

/** `POST /api/indicators` — a new indicator at definition version 1. */
export const defineIndicatorSchema = z
  .object({
    indicatorId: indicatorIdSchema.optional(),
    name: text(200),
    description: text(2000).nullable().optional(),
    unit: indicatorUnitSchema,
    direction,
    measurementMethod: text(300),
    dataSource: text(300),
    koladaKpiId: koladaKpiId.optional(),
    tolerance: tolerance.optional(),
  })
  .strict();

/**
 * `PATCH /api/indicators/:id` — any of: a new name, a new tolerance, and definition fields (a new definition
 * version, which needs `reason`). Fields left out keep their value; null clears description or Kolada id.
 */
export const changeIndicatorSchema = z
  .object({
    name: text(200).optional(),
    tolerance: tolerance.optional(),
    description: text(2000).nullable().optional(),
    unit: indicatorUnitSchema.optional(),
    direction: direction.optional(),
    measurementMethod: text(300).optional(),
    dataSource: text(300).optional(),
    koladaKpiId: koladaKpiId.optional(),
    reason: reasonSchema.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'reason'), {
    message: 'names nothing to change: give name, tolerance or definition fields (then with a reason)',
  })
  .refine((body) => body.reason !== undefined || !definitionFieldNames.some((field) => body[field] !== undefined), {
    message: 'must say why the definition changes: a new definition version needs a reason',
    path: ['reason'],
  });

/** `POST /api/indicators/:id/goals` — the goal the indicator follows up. */
export const linkIndicatorToGoalSchema = z
  .object({ goalId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'must be a goal id') })
  .strict();

/** `DELETE /api/indicators/:id/goals/:goalId?reason=` — why the link is withdrawn, optionally. */
export const unlinkIndicatorQuerySchema = z.object({ reason: reasonSchema.optional() });
