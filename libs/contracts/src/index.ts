/** Event-store kinds, the health response schema and its type. */
export { eventStoreKinds, healthResponseSchema, type HealthResponse } from './health/health.contract';
/** The error body every failed API call returns, and one refused field. */
export { fieldIssueSchema, problemSchema, type Problem } from './http/problem.contract';
/** Request schemas of the goal endpoints: committees, plans, goals, lineage, and their query strings. */
export {
  addFocusAreaSchema,
  addGoalSchema,
  adoptPlanSchema,
  createCommitteeSchema,
  draftPlanSchema,
  eventsQuerySchema,
  linkGoalsSchema,
  planExportQuerySchema,
  planReadQuerySchema,
  retireGoalSchema,
  rewordGoalSchema,
  yearRangeQuerySchema,
  yearSchema,
} from './goals/plan-commands.contract';
/** `POST /api/imports`: the document and the dry-run switch. */
export { importQuerySchema, importRequestSchema, maxImportTextLength } from './goals/import.contract';
/** Auth and users: roles, the username and password rules, and the request and answer schemas. */
export {
  changePasswordRequestSchema,
  createUserRequestSchema,
  loginRequestSchema,
  maxPasswordLength,
  minPasswordLength,
  newPasswordSchema,
  passwordRuleMessage,
  roleSchema,
  roles,
  sessionUserSchema,
  userListSchema,
  usernamePattern,
  usernameRuleMessage,
  usernameSchema,
  userSummarySchema,
  type ChangePasswordRequest,
  type CreateUserRequest,
  type LoginRequest,
  type Role,
  type SessionUser,
  type UserSummary,
} from './auth/auth.contract';
/** Indicator requests: define, change (new definition version with reason), link to a goal, unlink. */
export {
  changeIndicatorSchema,
  defineIndicatorSchema,
  definitionFieldNames,
  indicatorIdSchema,
  indicatorUnitSchema,
  linkIndicatorToGoalSchema,
  reasonSchema,
  unlinkIndicatorQuerySchema,
} from './indicators/indicator.contract';
/** Targets and measurements of an indicator, and the period format they use. */
export { periodSchema, recordMeasurementSchema, setTargetSchema } from './indicators/indicator-values.contract';
/** Series range, and the Kolada upload's query string and size limit. */
export { importMeasurementsQuerySchema, maxMeasurementsUploadBytes, seriesQuerySchema } from './indicators/indicator-queries.contract';
