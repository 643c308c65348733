import { z } from 'zod';
import { createCommitteeSchema, yearSchema } from './plan-commands.contract';

/** The largest document the API takes (characters): well above any real goal document, bounded for memory. */
export const maxImportTextLength = 6_000_000;

/** `POST /api/imports` — the document's text; a given committee or year wins over the document's. */
export const importRequestSchema = z
  .object({
    text: z
      .string()
      .max(maxImportTextLength, `must be at most ${maxImportTextLength} characters`)
      .refine((text) => text.trim().length > 0, 'must not be empty'),
    fileName: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters').optional(),
    committeeId: createCommitteeSchema.shape.committeeId.optional(),
    year: yearSchema.optional(),
  })
  .strict();

/** `?dryRun=true|false` of `POST /api/imports`; true only previews, and is the default. */
export const importQuerySchema = z.object({
  dryRun: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true').transform((value) => value === 'true'),
});
