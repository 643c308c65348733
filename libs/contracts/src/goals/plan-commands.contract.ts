import { goalKinds, isCalendarDate, lineageRelations } from '@goaltrail/goals-domain';
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const year = z.coerce.number().int('must be a whole year').min(1900, 'must be 1900 or later').max(2200, 'must be 2200 or earlier');
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and -');
// Goal ids are UUIDs when the API makes them; imported and sample goals may carry readable ids.
const goalId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'must be a goal id');
const calendarDate = z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');

/** A year in a path or query string, e.g. 2020. */
export const yearSchema = year;

/** `POST /api/committees`. */
export const createCommitteeSchema = z.object({
  committeeId: slug,
  name: text(200),
  municipality: text(200).nullable().optional(),
});

/** `POST /api/committees/:committeeId/plans/:year` — optionally carrying a year forward. */
export const draftPlanSchema = z.object({ fromYear: year.nullable().optional() }).strict();

/** `POST …/plans/:year/adopt` and the decision part of an amendment. */
export const adoptPlanSchema = z.object({ decisionRef: text(200), decidedOn: calendarDate }).strict();

/** `POST …/plans/:year/focus-areas`. */
export const addFocusAreaSchema = z.object({
  focusAreaId: slug.optional(),
  title: text(300),
  description: z.array(text(1000)).max(50),
}).strict();

/** `POST …/plans/:year/goals`; the server makes the goal id. */
export const addGoalSchema = z.object({
  kind: z.enum(goalKinds),
  number: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  text: text(2000),
  measurementMethod: text(300).nullable().optional(),
  focusAreaId: slug.nullable().optional(),
}).strict();

/**
 * A change to an adopted plan is an amendment: it needs the decision behind it. Both fields or neither;
 * without them the change is an edit of a draft.
 */
const amendmentFields = { decisionRef: text(200).optional(), decidedOn: calendarDate.optional() };
const bothOrNeither = (body: { decisionRef?: string; decidedOn?: string }) =>
  (body.decisionRef === undefined) === (body.decidedOn === undefined);
const bothOrNeitherIssue = { message: 'give decisionRef and decidedOn together, or neither', path: ['decidedOn'] };

/** `PATCH /api/goals/:goalId` — a new wording; `expectedRevision` is the wording the editor saw. */
export const rewordGoalSchema = z
  .object({
    text: text(2000),
    reason: text(1000),
    expectedRevision: z.number().int().min(0, 'must be 0 or more'),
    measurementMethod: text(300).nullable().optional(),
    ...amendmentFields,
  })
  .strict()
  .refine(bothOrNeither, bothOrNeitherIssue);

/** `POST /api/goals/:goalId/retire`. */
export const retireGoalSchema = z.object({ reason: text(1000), ...amendmentFields }).strict().refine(bothOrNeither, bothOrNeitherIssue);

/** `POST /api/lineage`; `toGoalId` is null only for `retired`. */
export const linkGoalsSchema = z.object({
  fromGoalId: goalId,
  toGoalId: goalId.nullable(),
  relation: z.enum(lineageRelations),
  rationale: text(2000),
  fromYear: year.optional(),
  toYear: year.optional(),
}).strict();

/** `?asOf=` (system time) and `?effectiveAt=` (business time) of a plan read. */
export const planReadQuerySchema = z.object({
  asOf: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2026-03-01T12:00:00Z' }).optional(),
  effectiveAt: z.union([calendarDate, z.iso.datetime({ offset: true })]).optional(),
});

/** `GET …/plans/:year/export?format=csv|md`, optionally as recorded at `asOf`. */
export const planExportQuerySchema = z.object({
  format: z.enum(['csv', 'md'], { error: 'must be csv or md' }),
  asOf: planReadQuerySchema.shape.asOf,
});

/** `?from=2005&to=2020` of the diff and lineage reads. */
export const yearRangeQuerySchema = z
  .object({ from: year, to: year })
  .refine((range) => range.from < range.to, { message: 'from must be earlier than to', path: ['to'] });

/** `GET /api/events?after=&limit=&stream=`. */
export const eventsQuerySchema = z.object({
  after: z.string().regex(/^[0-9]+(\/[0-9]+)?$/, 'must be a position from an earlier page').optional(),
  limit: z.coerce.number().int().min(1, 'must be 1 or more').max(1000, 'must be 1000 or less').default(200),
  stream: z.string().max(200).optional(),
});
