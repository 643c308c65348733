import { goalKinds } from '@goaltrail/goals-domain';
import { indicatorDirections, indicatorUnits, targetComparators } from '@goaltrail/indicators-domain';
import { z } from 'zod';
import indicatorsJson from './socialnamnden-indicators.json';

const year = z.number().int().min(1900).max(2200);

const sampleIndicatorSchema = z.object({
  indicatorId: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1).nullable(),
  unit: z.enum(indicatorUnits),
  direction: z.enum(indicatorDirections),
  dataSource: z.string().trim().min(1),
  // The goal it follows up, in the seeded plan of the file's year; its "(Mäts genom …)" is the method.
  goal: z.object({ kind: z.enum(goalKinds), number: z.number().int().min(1) }),
  target: z.object({ year, comparator: z.enum(targetComparators), value: z.number() }).optional(),
});

const sampleIndicatorsSchema = z.object({
  about: z.string(),
  committeeId: z.string().min(1),
  year,
  indicators: z.array(sampleIndicatorSchema).min(1),
});

/** The sample indicators file: which goals of the seeded plan get indicators, and the document's targets. */
export type SampleIndicators = z.infer<typeof sampleIndicatorsSchema>;
/** One indicator of the sample file. */
export type SampleIndicator = z.infer<typeof sampleIndicatorSchema>;

/** The sample indicators, checked: an edit that breaks the file stops the seed with the field named. */
export function sampleIndicators(): SampleIndicators {
  const parsed = sampleIndicatorsSchema.safeParse(indicatorsJson);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`socialnamnden-indicators.json is not valid: ${issues.join('; ')}`);
}
