import {
  goalKinds,
  lineageRelations,
  type GoalHistory,
  type PlanView,
  type ResolvedLink,
} from '@goaltrail/goals-domain';
import { z } from 'zod';

// The API answers goal reads with the domain's own types. These schemas check an answer before the
// views trust it, and `satisfies` ties each one to its domain type, so a change there fails typecheck here.

/** A committee as `GET /api/committees` lists it. */
export interface CommitteeSummary {
  readonly committeeId: string;
  readonly name: string;
  readonly municipality: string | null;
}

/** One year's plan as `GET /api/committees/:id/plans` lists it. */
export interface PlanSummary {
  readonly committeeId: string;
  readonly year: number;
  readonly status: PlanView['status'];
  readonly carriedForwardFrom: number | null;
  readonly adoption: PlanView['adoption'];
  readonly amendments: PlanView['amendments'];
  readonly revision: number;
  readonly goalCount: number;
}

/** Where a write landed: the plan stream's next expected revision and the log position. */
export interface WriteAnswer {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
}

const planStatus = z.enum(['draft', 'adopted', 'amended']);
const decision = z.object({ decisionRef: z.string(), decidedOn: z.string() });
const amendment = decision.extend({ reason: z.string() });
const planGoal = z.object({
  goalId: z.string(),
  kind: z.enum(goalKinds),
  number: z.number().int(),
  text: z.string(),
  measurementMethod: z.string().nullable(),
  focusAreaId: z.string().nullable(),
  revision: z.number().int(),
  carriedFrom: z.number().int().nullable(),
});
const planGoalView = planGoal.extend({
  sectionId: z.string(),
  ancestors: z.array(z.object({ year: z.number().int(), goalId: z.string(), relation: z.enum(lineageRelations) })),
});

export const committeeListSchema = z.array(
  z.object({ committeeId: z.string(), name: z.string(), municipality: z.string().nullable() }),
) satisfies z.ZodType<CommitteeSummary[]>;

export const planListSchema = z.array(
  z.object({
    committeeId: z.string(),
    year: z.number().int(),
    status: planStatus,
    carriedForwardFrom: z.number().int().nullable(),
    adoption: decision.nullable(),
    amendments: z.array(amendment),
    revision: z.number().int(),
    goalCount: z.number().int(),
  }),
) satisfies z.ZodType<PlanSummary[]>;

export const planViewSchema = z.object({
  committeeId: z.string(),
  year: z.number().int(),
  status: planStatus,
  revision: z.number().int(),
  carriedForwardFrom: z.number().int().nullable(),
  adoption: decision.nullable(),
  amendments: z.array(amendment),
  sections: z.array(
    z.discriminatedUnion('type', [
      z.object({
        id: z.string(),
        type: z.literal('focusArea'),
        focusAreaId: z.string(),
        title: z.string(),
        description: z.array(z.string()),
        goals: z.array(planGoalView),
      }),
      z.object({ id: z.string(), type: z.literal('goalKind'), goalKind: z.enum(goalKinds), goals: z.array(planGoalView) }),
    ]),
  ),
  retired: z.array(z.object({ goalId: z.string(), reason: z.string(), fromYear: z.number().int().nullable() })),
}) satisfies z.ZodType<PlanView>;

const resolvedLink = z.object({
  fromYear: z.number().int(),
  fromGoalId: z.string(),
  toYear: z.number().int(),
  toGoalId: z.string().nullable(),
  relation: z.enum(lineageRelations),
  rationale: z.string().nullable(),
  origin: z.enum(['recorded', 'carried-forward', 'retired-in-plan']),
}) satisfies z.ZodType<ResolvedLink>;

export const goalHistorySchema = z.object({
  goalId: z.string(),
  entries: z.array(
    z.object({
      change: z.enum(['added', 'carried-forward', 'reworded', 'moved', 'retired', 'adopted', 'amended']),
      committeeId: z.string(),
      year: z.number().int(),
      goal: planGoal,
      reason: z.string().nullable(),
      decisionRef: z.string().nullable(),
      actor: z.string(),
      role: z.string(),
      effectiveAt: z.string(),
      recordedAt: z.string(),
      streamId: z.string(),
      streamRevision: z.number().int(),
    }),
  ),
  ancestors: z.array(resolvedLink),
  descendants: z.array(resolvedLink),
}) satisfies z.ZodType<GoalHistory>;

export const writeAnswerSchema = z.object({
  streamId: z.string(),
  revision: z.number().int(),
  position: z.string(),
}) satisfies z.ZodType<WriteAnswer>;
