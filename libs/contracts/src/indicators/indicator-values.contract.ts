import { checkPeriod, targetComparators } from '@goaltrail/indicators-domain';
import { z } from 'zod';
import { indicatorUnitSchema, reasonSchema } from './indicator.contract';

/** A period as the domain reads it: `2019`, `2019-H1`, `2019-Q3` or `2019-07`, with the domain's own message. */
export const periodSchema = z.string({ error: 'must be a period such as 2019 or 2019-Q3' }).superRefine((text, context) => {
  const check = checkPeriod(text);
  if (!check.ok) context.addIssue({ code: 'custom', message: check.problem });
});

const number = z.number({ error: 'must be a number' });
const definitionVersion = z.number().int('must be a whole version number').min(1, 'must be 1 or more').nullable().optional();

/**
 * `POST /api/indicators/:id/targets` — a year's target. `unit` is the unit the form showed; it must be the
 * indicator's (400 otherwise), so a value typed against an old definition is not recorded in a new unit.
 * Whether the value fits the unit (0–100 for percent) is checked against the indicator and answered the same way.
 */
export const setTargetSchema = z
  .object({
    unit: indicatorUnitSchema,
    year: z.number({ error: 'must be a year such as 2021' }).int('must be a whole year'),
    comparator: z.enum(targetComparators, { error: `must be one of ${targetComparators.join(', ')}` }),
    value: number,
    baseline: z.object({ period: periodSchema, value: number }).strict().nullable().optional(),
    reason: reasonSchema.nullable().optional(),
    definitionVersion,
  })
  .strict();

/** `POST /api/indicators/:id/measurements` — a period's outcome; a correction of an earlier one needs `reason`. */
export const recordMeasurementSchema = z
  .object({
    unit: indicatorUnitSchema,
    period: periodSchema,
    value: z.union([number, z.string().trim().min(1, 'must not be empty').max(2000)], {
      error: 'must be a number (or a text, for text indicators)',
    }),
    breakdown: z.object({ women: number.nullable(), men: number.nullable() }).strict().nullable().optional(),
    source: z.string().trim().min(1, 'must say where the value comes from').max(300, 'must be at most 300 characters'),
    reason: reasonSchema.nullable().optional(),
    definitionVersion,
  })
  .strict();
