/** Typed HTTP client for the goaltrail API, and the body of a rewording. */
export { createApiClient, type ApiClient, type RewordGoalRequest } from './api-client';
/** A failed API call and the conversion of anything thrown into a displayable problem. */
export { ApiError, toProblem } from './api-error';
/** The client every store uses, and how to point it elsewhere. */
export { apiClient, configureApiClient } from './shared-client';
/** Answer types the API has beside the domain's: committee and plan list entries, a write's outcome. */
export type { CommitteeSummary, PlanSummary, WriteAnswer } from './response-schemas';
/** Pinia store holding the server's health. */
export { useSystemStore } from './system.store';
/** Pinia store of the signed-in user, sign-in and sign-out, and the role helpers `canEdit` and `isAdmin`. */
export { useSessionStore } from './session.store';
/** Pinia store of committees, their plans per year, and the plan being read (optionally as of a time). */
export { usePlansStore, type PlanKey } from './plans.store';
/** Pinia store of one goal's history and lineage, and its rewording. */
export { useGoalHistoryStore, type LinkedGoal } from './goal-history.store';
/** Shows its content only to users who may edit (admins, planners); the `read-only` slot to the rest. */
export { default as CanEdit } from './can-edit/CanEdit.vue';
/** Test helper: a fetch stand-in answering from a route table, so tests stub only the fetch edge. */
export { createFakeApi, type FakeAnswer, type FakeApi, type FakeCall, type FakeRoute } from './testing/fake-api';
/** Test fixtures: small API answers shaped like the seeded Socialnämnden history. */
export {
  sampleCommittees,
  sampleHistory,
  samplePlan2005,
  samplePlan2020,
  samplePlans,
  sampleUsers,
} from './testing/sample-answers';
