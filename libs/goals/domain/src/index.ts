// Vocabulary
/** Goal kinds (directional, effect, committee) and their type guard. */
export { goalKinds, isGoalKind, type GoalKind } from './vocabulary/goal-kind';
/** Lineage relations between goals of different years and their type guard. */
export { lineageRelations, isLineageRelation, type LineageRelation } from './vocabulary/lineage-relation';

// Envelope, streams, shared helpers
/** The event shapes the folds read: type + data, and the store's recorded envelope. */
export type { DomainEventLike, EventMetadataLike, RecordedEventLike } from './shared/recorded-event';
/** JSON value types that event data are made of. */
export type { JsonObject, JsonValue } from './shared/json';
/** Stream names: `committee-<id>`, `plan-<committeeId>-<year>`, `lineage-<committeeId>`. */
export { streamIds, isPlanStream, isLineageStream } from './shared/stream-ids';
/** Canonical wording (NFC, collapsed whitespace) used by every comparison of texts. */
export { normalizeText } from './shared/text';
/** YYYY-MM-DD validity check used for decision dates. */
export { isCalendarDate } from './shared/calendar-date';

// Errors
/** Base classes: BusinessRuleError (422, has `rule`), UnknownEntityError (404), GoalRevisionConflictError (409). */
export {
  BusinessRuleError,
  UnknownEntityError,
  GoalRevisionConflictError,
  type RuleDetails,
} from './errors/business-rule-error';
/** Committee rule errors. */
export { CommitteeAlreadyRegisteredError, UnknownCommitteeError } from './errors/committee-errors';
/** Required text was blank. */
export { BlankFieldError } from './errors/field-errors';
/** Plan lifecycle and focus area rule errors. */
export {
  PlanAlreadyAdoptedError,
  PlanNotAdoptedError,
  DecisionReferenceRequiredError,
  InvalidDecisionDateError,
  PlanAlreadyDraftedError,
  UnknownPlanError,
  EmptyPlanError,
  EmptyAmendmentError,
  DuplicateFocusAreaError,
  UnknownFocusAreaError,
  FocusAreaNotEmptyError,
} from './errors/plan-errors';
/** Goal rule errors. */
export {
  GoalNotInPlanError,
  UnknownGoalError,
  DuplicateGoalError,
  DuplicateGoalNumberError,
  InvalidGoalNumberError,
  FocusAreaRequiredError,
  EmptyWordingError,
  SameWordingError,
  GoalAlreadyPlacedError,
  ReasonRequiredError,
} from './errors/goal-errors';
/** Lineage rule errors. */
export {
  LineageYearOrderError,
  RationaleRequiredError,
  RetiredLinkShapeError,
  RetiredGoalStillHeldError,
  DuplicateLinkError,
  LinkNotFoundError,
} from './errors/lineage-errors';
/** An as-of time that is not ISO 8601. */
export { InvalidTimestampError } from './errors/query-errors';

// Committees
/** Committee events. */
export type { CommitteeEvent, CommitteeRegistered } from './committees/committee.events';
/** Committee state and its fold. */
export { evolveCommittee, foldCommittee, type CommitteeState } from './committees/committee.evolve';
/** RegisterCommittee command and its decision. */
export { decideRegisterCommittee, type RegisterCommittee } from './committees/commands/register-committee';

// Plans
/** Plan events (one union, stable PascalCase type names). */
export {
  planEventTypes,
  type PlanEvent,
  type PlanDrafted,
  type FocusAreaAdded,
  type FocusAreaRevised,
  type FocusAreaRemoved,
  type GoalAdded,
  type GoalCarriedForward,
  type GoalReworded,
  type GoalMoved,
  type GoalRetired,
  type PlanAdopted,
  type PlanAmended,
} from './plans/plan.events';
/** Plan state types and the section id of a goal. */
export {
  sectionIdOf,
  type PlanState,
  type PlanStatus,
  type PlanGoal,
  type PlanFocusArea,
  type RetiredPlanGoal,
  type PlanDecision,
  type PlanAmendment,
} from './plans/plan.state';
/** Plan fold: one event, or a whole stream. */
export { evolvePlan, foldPlan } from './plans/plan.evolve';
/** A plan folded in place with its goals indexed, for deciding many commands in a row. */
export { IndexedPlanFold } from './plans/indexed-plan-fold';
/** The goals an event brings into or takes out of a plan, without looking at the rest of it. */
export { goalsJoiningOrLeaving } from './plans/plan-membership';
/** Plan lookups that use a fold's index when the state has one: by goal id, by place, focus areas. */
export { findGoal, goalAtPlace, hasFocusArea, isPlaceTaken } from './plans/plan-lookups';
/** Addressing a plan, and edit vs amendment mode. */
export type { PlanTarget, EditMode } from './plans/plan-guards';
/** DraftPlan (optionally carrying a year forward) and its decision. */
export { decideDraftPlan, type DraftPlan, type DraftPlanState } from './plans/commands/draft-plan';
/** Plan content changes: the union, the command union and the dispatcher. */
export { decidePlanChange, type PlanChange, type PlanEditCommand } from './plans/commands/plan-change';
/** AddFocusArea command. */
export {
  decideAddFocusArea,
  type AddFocusArea,
  type AddFocusAreaChange,
} from './plans/commands/add-focus-area';
/** ReviseFocusArea command. */
export {
  decideReviseFocusArea,
  type ReviseFocusArea,
  type ReviseFocusAreaChange,
} from './plans/commands/revise-focus-area';
/** RemoveFocusArea command. */
export {
  decideRemoveFocusArea,
  type RemoveFocusArea,
  type RemoveFocusAreaChange,
} from './plans/commands/remove-focus-area';
/** AddGoal command. */
export { decideAddGoal, type AddGoal, type AddGoalChange } from './plans/commands/add-goal';
/** RewordGoal command (checks the goal's wording revision). */
export { decideRewordGoal, type RewordGoal, type RewordGoalChange } from './plans/commands/reword-goal';
/** MoveGoal command. */
export { decideMoveGoal, type MoveGoal, type MoveGoalChange } from './plans/commands/move-goal';
/** RetireGoal command. */
export { decideRetireGoal, type RetireGoal, type RetireGoalChange } from './plans/commands/retire-goal';
/** AdoptPlan command. */
export { decideAdoptPlan, type AdoptPlan } from './plans/commands/adopt-plan';
/** AmendPlan command: one decision, several changes, one append. */
export { decideAmendPlan, type AmendPlan } from './plans/commands/amend-plan';

// Lineage
/** Lineage events. */
export type { LineageEvent, GoalsLinked, GoalsUnlinked } from './lineage/lineage.events';
/** Recorded lineage state, its empty value and the identity of a link. */
export { emptyLineage, linkKey, type LineageLink, type LineageState } from './lineage/lineage.state';
/** Lineage fold. */
export { evolveLineage, foldLineage } from './lineage/lineage.evolve';
/** LinkGoals command. */
export { decideLinkGoals, type LinkGoals, type LinkGoalsState } from './lineage/commands/link-goals';
/** UnlinkGoals command. */
export { decideUnlinkGoals, type UnlinkGoals } from './lineage/commands/unlink-goals';

// All commands
/** The command and event unions and the state each command is decided on. */
export type {
  Command,
  GoalsEvent,
  DecisionStates,
  DecisionStateOf,
  DecidedEventOf,
} from './commands/command';
/** Decides any command on its state. */
export { decide } from './commands/decide';
/** Which stream a command appends to, which streams it reads, its state from them, its audit fields. */
export {
  streamIdOf,
  streamsToLoad,
  decisionStateFor,
  decisionStateFrom,
  commandAudit,
  type FoldedStreams,
} from './commands/command-streams';

// Queries
/** Bitemporal selection of events and per-stream grouping. */
export { selectAsOf, groupByStream, type AsOf } from './queries/event-selection';
/** Plans and lineage folded from a mixed list of recorded events. */
export { foldPlans, foldPlanStream, foldCommitteeLineage, type FoldedPlan } from './queries/plan-folds';
/** The plan view the API returns and the SPA shows. */
export {
  toPlanView,
  goalsOf,
  type PlanView,
  type PlanSectionView,
  type FocusAreaSectionView,
  type GoalKindSectionView,
  type PlanGoalView,
  type GoalAncestor,
} from './queries/plan-view';
/** The plan as of a recorded and/or effective time. */
export { planAsOf, type PlanAsOfQuery } from './queries/plan-as-of';
/** A committee's lineage, implied by plans and recorded, resolved into one list of links. */
export { lineageLinks, resolveLineage, type ResolvedLink, type LinkOrigin } from './queries/lineage-links';
/** Nodes and links between two years for a flow diagram. */
export {
  lineageGraph,
  type LineageGraph,
  type LineageGraphQuery,
  type LineageNode,
  type LineageEdge,
} from './queries/lineage-graph';
/** Every wording and move of a goal, with who, why and when. */
export {
  goalHistory,
  type GoalHistory,
  type GoalHistoryEntry,
  type GoalChange,
} from './queries/goal-history';

// Diff
/** Word and punctuation tokens of a wording. */
export { tokenize, type WordToken } from './diff/tokenize';
/** Word-level LCS diff of two wordings, and its `[-old-]{+new+}` rendering. */
export { wordDiff, formatWordDiff, type WordDiffToken, type WordDiffOp } from './diff/word-diff';
/** Goal correspondence between two plans. */
export { matchGoals, type GoalPair, type GoalMatching, type LinkLike } from './diff/goal-pairs';
/** Year-to-year plan diff. */
export {
  diffPlans,
  type PlanDiff,
  type RewordedGoal,
  type MovedGoal,
  type RetiredGoal,
  type SectionRef,
} from './diff/diff-plans';
