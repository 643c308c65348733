// Module and tokens
/** The Nest module: CqrsModule, handlers, executor, read model and projection runner. */
export { GoalsApplicationModule, type GoalsApplicationOptions } from './goals-application.module';
/** Tokens the app provides (EVENT_STORE_PORT, CLOCK), the clock type and the system clock. */
export {
  EVENT_STORE_PORT,
  CLOCK,
  systemClock,
  type Clock,
  type ProjectionProgress,
} from './shared/goals-application.tokens';
/** Who sends a command, extra envelope values, and the roles that may not write. */
export { readOnlyRoles, type Actor, type CommandOptions } from './shared/actor';
/** A read-only role (auditor) tried to write: map to 403. */
export { ReadOnlyRoleError } from './shared/application-errors';
/** The handler lists, for apps or tests that wire their own module. */
export { commandHandlers, queryHandlers } from './goals-application.handlers';

// Write path
/** Load → decide → append with expected revision → publish; retries a concurrent writer's conflict. */
export { CommandExecutor, maxAttempts } from './write/command-executor';
/** A command's result: stream, next expected revision, position and the appended events. */
export type { CommandOutcome, AppendedEvent } from './write/command-outcome';
/** Reads one stream from its start in pages, never unbounded (for other application layers' write paths). */
export { readWholeStream, streamPageSize } from './write/read-whole-stream';
/** What the EventBus carries after an append (never used for read models). */
export { GoalsEventAppended } from './write/goals-event-appended.event';
/** Register a committee. */
export { RegisterCommitteeCommand } from './committees/commands/register-committee/register-committee.command';
/** Draft a plan, optionally carrying a year forward. */
export { DraftPlanCommand } from './plans/commands/draft-plan/draft-plan.command';
/** Add a focus area (id made when absent). */
export { AddFocusAreaCommand, type AddFocusAreaOutcome } from './plans/commands/add-focus-area/add-focus-area.command';
/** Revise a focus area. */
export { ReviseFocusAreaCommand } from './plans/commands/revise-focus-area/revise-focus-area.command';
/** Remove an empty focus area. */
export { RemoveFocusAreaCommand } from './plans/commands/remove-focus-area/remove-focus-area.command';
/** Add a goal (id made when absent). */
export { AddGoalCommand, type AddGoalOutcome } from './plans/commands/add-goal/add-goal.command';
/** Reword a goal, checking its wording revision. */
export { RewordGoalCommand } from './plans/commands/reword-goal/reword-goal.command';
/** Move or renumber a goal. */
export { MoveGoalCommand } from './plans/commands/move-goal/move-goal.command';
/** Retire a goal from a plan. */
export { RetireGoalCommand } from './plans/commands/retire-goal/retire-goal.command';
/** Adopt a plan by decision. */
export { AdoptPlanCommand } from './plans/commands/adopt-plan/adopt-plan.command';
/** Amend an adopted plan by decision. */
export { AmendPlanCommand } from './plans/commands/amend-plan/amend-plan.command';
/** Record a lineage link. */
export { LinkGoalsCommand } from './lineage/commands/link-goals/link-goals.command';
/** Withdraw a lineage link. */
export { UnlinkGoalsCommand } from './lineage/commands/unlink-goals/unlink-goals.command';

// Imports and the seeded first run
/** Import a goal document (dry run or commit), its input, planned actions and result. */
export {
  ImportGoalDocumentCommand,
  type ImportGoalDocumentInput,
  type ImportAction,
  type ImportResult,
} from './imports/import-goal-document.command';
/** The import use case behind the command, for callers without a command bus (the seed). */
export { GoalDocumentImporter, pastedTextName } from './imports/goal-document-importer';
/** A document that cannot be committed (empty, no committee or year): 422 with the line when known. */
export { ImportRejectedError } from './imports/import-errors';
/** What an imported event records about its source document, and how it is hashed. */
export { importSourceOf, type ImportSource } from './imports/import-source';
/** Seeds Socialnämnden 2005 and 2020 with their lineage on a store without goal data. */
export { SampleHistorySeeder, seedActor, type SeedSummary } from './imports/seed/sample-history-seeder';

// Read path
/** The in-memory read model with its checkpoint, and its list entry types. */
export { GoalsReadModel } from './read-model/goals-read-model';
/** Committee and plan list entries. */
export type { CommitteeSummary, PlanSummary } from './read-model/read-model.types';
/** A plan that holds or held a goal (goal index entry). */
export type { GoalPlanRef } from './read-model/goal-index';
/** Ordering of store positions (decimal or commit/prepare). */
export { comparePositions } from './read-model/positions';
/** Whether a checkpoint has reached a position (a null checkpoint has reached nothing). */
export { isReached } from './read-model/positions';
/** Read-your-writes for any projection: wait until its checkpoint reaches a position. */
export { PositionWaiters } from './projections/position-waiters';
/** Follows the store's subscription into the read model; `waitFor` gives read-your-writes. */
export { ProjectionRunner, type ProjectionStartOptions } from './projections/projection-runner';
/** Builds a fresh read model from position zero (`goaltrail rebuild`). */
export { rebuildProjections, type RebuildOptions } from './projections/rebuild-projections';

// Queries
/** Every committee. */
export { GetCommitteesQuery } from './committees/queries/get-committees/get-committees.query';
/** A committee's plans with status. */
export { GetPlansQuery } from './plans/queries/get-plans/get-plans.query';
/** One plan, now or as of a recorded and/or effective time. */
export { GetPlanQuery, type PlanReadTimes } from './plans/queries/get-plan/get-plan.query';
/** Year-to-year diff with word-level changes. */
export { GetPlanDiffQuery } from './plans/queries/get-plan-diff/get-plan-diff.query';
/** A goal's history and lineage. */
export { GetGoalHistoryQuery } from './goals/queries/get-goal-history/get-goal-history.query';
/** The newest plan holding a goal. */
export { ResolveGoalPlanQuery, type GoalPlan } from './goals/queries/resolve-goal-plan/resolve-goal-plan.query';
/** Lineage nodes and links between two years. */
export { GetLineageQuery } from './lineage/queries/get-lineage/get-lineage.query';
/** Committee and years for a lineage link named by goals only. */
export { ResolveLinkYearsQuery, type LinkYears } from './lineage/queries/resolve-link-years/resolve-link-years.query';
/** A page of the raw event log. */
export { GetEventsQuery, maxEventsPageSize, type EventsPage } from './events/queries/get-events/get-events.query';
