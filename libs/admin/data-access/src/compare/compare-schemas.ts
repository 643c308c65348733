import {
  goalKinds,
  lineageRelations,
  type LineageGraph,
  type PlanDiff,
  type PlanGoalView,
} from '@goaltrail/goals-domain';
import { z } from 'zod';

// The diff and lineage reads answer with the domain's own types; `satisfies` ties each schema to its
// type, so a change in the domain fails typecheck here rather than surprising a view at run time.

const relation = z.enum(lineageRelations);

const planGoalView = z.object({
  goalId: z.string(),
  kind: z.enum(goalKinds),
  number: z.number().int(),
  text: z.string(),
  measurementMethod: z.string().nullable(),
  focusAreaId: z.string().nullable(),
  revision: z.number().int(),
  carriedFrom: z.number().int().nullable(),
  sectionId: z.string(),
  ancestors: z.array(z.object({ year: z.number().int(), goalId: z.string(), relation })),
}) satisfies z.ZodType<PlanGoalView>;

const goalPair = z.object({ from: planGoalView, to: planGoalView, relation });
const sectionRef = z.object({ id: z.string(), title: z.string().nullable() });

/** `GET /api/committees/:id/diff?from=&to=`. */
export const planDiffSchema = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  added: z.array(planGoalView),
  retired: z.array(z.object({ goal: planGoalView, rationale: z.string().nullable() })),
  reworded: z.array(
    goalPair.extend({
      tokens: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string(), spaceBefore: z.boolean() })),
      measurementMethod: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    }),
  ),
  moved: z.array(goalPair.extend({ fromSection: sectionRef, toSection: sectionRef })),
  unchanged: z.array(goalPair),
}) satisfies z.ZodType<PlanDiff>;

/** `GET /api/committees/:id/lineage?from=&to=`. */
export const lineageGraphSchema = z.object({
  committeeId: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  years: z.array(z.number().int()),
  nodes: z.array(
    z.object({
      id: z.string(),
      goalId: z.string(),
      year: z.number().int(),
      kind: z.enum(goalKinds),
      number: z.number().int(),
      sectionId: z.string(),
      text: z.string(),
      label: z.string(),
    }),
  ),
  links: z.array(
    z.object({
      source: z.string(),
      target: z.string().nullable(),
      relation,
      rationale: z.string().nullable(),
      origin: z.enum(['recorded', 'carried-forward', 'retired-in-plan']),
    }),
  ),
}) satisfies z.ZodType<LineageGraph>;
