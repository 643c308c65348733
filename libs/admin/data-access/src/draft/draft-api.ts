import type { addFocusAreaSchema, addGoalSchema, adoptPlanSchema, linkGoalsSchema, retireGoalSchema } from '@goaltrail/contracts';
import { z } from 'zod';
import type { ApiClient } from '../api-client';
import { writeAnswerSchema } from '../response-schemas';

/** The body of `POST …/plans/:year/goals`. */
export type AddGoalRequest = z.input<typeof addGoalSchema>;
/** The body of `POST …/plans/:year/focus-areas`. */
export type AddFocusAreaRequest = z.input<typeof addFocusAreaSchema>;
/** The body of `POST /api/goals/:goalId/retire`. */
export type RetireGoalRequest = z.input<typeof retireGoalSchema>;
/** The body of `POST /api/lineage`. */
export type LinkGoalsRequest = z.input<typeof linkGoalsSchema>;
/** The body of `POST …/plans/:year/adopt`. */
export type AdoptPlanRequest = z.input<typeof adoptPlanSchema>;

const addedGoalSchema = writeAnswerSchema.extend({ goalId: z.string() });
const addedFocusAreaSchema = writeAnswerSchema.extend({ focusAreaId: z.string() });

/** A write's answer with the id the server made for the new goal. */
export type AddedGoal = z.infer<typeof addedGoalSchema>;
/** A write's answer with the id of the new focus area. */
export type AddedFocusArea = z.infer<typeof addedFocusAreaSchema>;

/** The endpoints a planner drafts next year's plan with, over the one shared client. */
export function draftApi(client: ApiClient) {
  const planPath = (committeeId: string, year: number) => `/api/committees/${encodeURIComponent(committeeId)}/plans/${year}`;
  const goalPath = (goalId: string) => `/api/goals/${encodeURIComponent(goalId)}`;
  return {
    /** Starts the year's draft, carrying `fromYear` forward when given. */
    draftPlan: (committeeId: string, year: number, fromYear: number | null) =>
      client.request('POST', planPath(committeeId, year), writeAnswerSchema, { fromYear }),
    addGoal: (committeeId: string, year: number, body: AddGoalRequest) =>
      client.request('POST', `${planPath(committeeId, year)}/goals`, addedGoalSchema, body),
    addFocusArea: (committeeId: string, year: number, body: AddFocusAreaRequest) =>
      client.request('POST', `${planPath(committeeId, year)}/focus-areas`, addedFocusAreaSchema, body),
    retireGoal: (goalId: string, body: RetireGoalRequest) => client.request('POST', `${goalPath(goalId)}/retire`, writeAnswerSchema, body),
    linkGoals: (body: LinkGoalsRequest) => client.request('POST', '/api/lineage', writeAnswerSchema, body),
    adoptPlan: (committeeId: string, year: number, body: AdoptPlanRequest) =>
      client.request('POST', `${planPath(committeeId, year)}/adopt`, writeAnswerSchema, body),
  };
}
