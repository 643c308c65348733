import { z } from 'zod';

/** One field that failed validation: where (`path`) and what is wrong with it. */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

/**
 * Every error answer of the API has this shape. `rule` names the business rule a 422 broke;
 * `issues` lists the fields a 400 refused; `currentRevision` tells a 409 what to retry with.
 */
export const problemSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  rule: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).optional(),
  issues: z.array(fieldIssueSchema).optional(),
  currentRevision: z.union([z.number(), z.literal('no_stream')]).optional(),
});

/** Parsed error body of any failed API call. */
export type Problem = z.infer<typeof problemSchema>;
