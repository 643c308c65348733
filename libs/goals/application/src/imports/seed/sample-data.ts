// Apps that bundle this library type-check it without its tsconfig, so the `?raw` declaration comes along here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- a wildcard module declaration cannot be imported
/// <reference path="../../raw.d.ts" />
import { goalKinds, lineageRelations } from '@goaltrail/goals-domain';
import { z } from 'zod';
import lineageJson from '../sample-data/socialnamnden-lineage.json';
import text2005 from '../sample-data/socialnamndens-mal-2005.txt?raw';
import text2020 from '../sample-data/socialnamndens-mal-2020.txt?raw';

/** A seed document: its text exactly as the file holds it, so its sha256 is the file's. */
export interface SampleDocument {
  readonly fileName: string;
  readonly text: string;
}

/** The two real Socialnämnden documents, oldest first (lineage links need both plans). */
export const sampleDocuments: readonly SampleDocument[] = [
  { fileName: 'socialnamndens-mal-2005.txt', text: text2005 },
  { fileName: 'socialnamndens-mal-2020.txt', text: text2020 },
];

const year = z.number().int().min(1900).max(2200);
const number = z.number().int().min(1);
const rationale = z.string().trim().min(1, 'every link needs its rationale');

// A 2005 goal is found by kind and number (Inriktningsmål 3, Effektmål 7). 2020 goals are numbered within
// their focus area, so such a goal is found by the focus area's id (a slug of its title) and number.
const goalRef = z
  .object({ year, number, kind: z.enum(goalKinds).optional(), focusArea: z.string().min(1).optional() })
  .refine((ref) => ref.kind !== undefined || ref.focusArea !== undefined, 'name the kind or the focusArea');

const linkSchema = z.object({
  from: goalRef,
  to: goalRef.nullable(),
  relation: z.enum(lineageRelations),
  rationale,
});

const lineageSchema = z.object({
  committee: z.object({ committeeId: z.string().min(1), name: z.string().min(1) }),
  links: z.array(linkSchema),
});

/** The sample lineage file: the committee the documents are imported under and a planner's links. */
export type SampleLineage = z.infer<typeof lineageSchema>;
/** One link of the sample lineage. */
export type SampleLink = z.infer<typeof linkSchema>;
/** Where a goal of the sample lineage sits in its plan. */
export type SampleGoalRef = z.infer<typeof goalRef>;

/** The sample lineage, checked: an edit that breaks the file stops the seed with the field named. */
export function sampleLineage(): SampleLineage {
  const parsed = lineageSchema.safeParse(lineageJson);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`socialnamnden-lineage.json is not valid: ${issues.join('; ')}`);
}
