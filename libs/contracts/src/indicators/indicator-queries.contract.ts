import { yearRange } from '@goaltrail/indicators-domain';
import { z } from 'zod';

const year = z.coerce
  .number({ error: 'must be a year such as 2019' })
  .int('must be a whole year')
  .min(yearRange.min, `must be ${yearRange.min} or later`)
  .max(yearRange.max, `must be ${yearRange.max} or earlier`);

/** `GET /api/indicators/:id/series?from=2005&to=2020` — both optional, inclusive. */
export const seriesQuerySchema = z
  .object({ from: year.optional(), to: year.optional() })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: 'must not be before from',
    path: ['to'],
  });

/** The largest Kolada file `POST /api/measurements/import` takes (bytes); it is streamed to disk, never held in memory. */
export const maxMeasurementsUploadBytes = 512 * 1024 * 1024;

/**
 * `POST /api/measurements/import?dryRun=&fileName=&municipality=` — the body is the Kolada file itself.
 * `dryRun` (default true) only checks and counts; `municipality` is required when the file holds several.
 */
export const importMeasurementsQuerySchema = z.object({
  dryRun: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true').transform((value) => value === 'true'),
  fileName: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters').optional(),
  municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit municipality code, e.g. 0182 (Nacka)').optional(),
});
