// Vocabulary
/** Indicator units (percent, count, years, index, text), their guard, and the numeric ones. */
export {
  indicatorUnits,
  isIndicatorUnit,
  isNumericUnit,
  type IndicatorUnit,
  type NumericUnit,
} from './vocabulary/indicator-unit';
/** Which way an indicator is better (increase, decrease, reach) and its guard. */
export {
  indicatorDirections,
  isIndicatorDirection,
  type IndicatorDirection,
} from './vocabulary/indicator-direction';
/** Target comparators, their guard, their bound, and whether one fits an indicator's direction. */
export {
  targetComparators,
  isTargetComparator,
  isBaselineComparator,
  boundOf,
  fitsDirection,
  type TargetComparator,
} from './vocabulary/target-comparator';

// Streams, periods, shared helpers
/** Stream names: `indicator-<id>`, the test for one, and the id back from a stream name. */
export { indicatorStreamId, isIndicatorStream, indicatorIdOfStream } from './shared/stream-ids';
/** Periods (`2019`, `2019-H1`, `2019-Q3`, `2019-07`): parsing with a reason, year range, order, containment. */
export {
  checkPeriod,
  parsePeriod,
  yearProblem,
  yearRange,
  comparePeriods,
  isLaterPeriod,
  isWithin,
  type Period,
  type PeriodKind,
  type PeriodCheck,
} from './shared/period';
/** The event a state value came from: type, stream revision and both clocks when known. */
export type { EventRef } from './shared/event-ref';

// Errors
/** Malformed command data (HTTP 400) with every issue's field path, and the issue shape. */
export { IndicatorInputError, type InputIssue, type InputPath } from './errors/indicator-input-error';
/** Indicator rule errors (BusinessRuleError → 422; UnknownIndicatorError is an UnknownEntityError → 404). */
export {
  IndicatorAlreadyDefinedError,
  UnknownIndicatorError,
  DefinitionUnchangedError,
  GoalAlreadyLinkedError,
  GoalNotLinkedError,
  TextIndicatorTargetError,
} from './errors/indicator-errors';

// Events and state
/** Indicator events (one union, stable PascalCase type names) and their data shapes. */
export {
  indicatorEventTypes,
  asIndicatorEvent,
  type IndicatorEvent,
  type IndicatorDefined,
  type IndicatorDefinitionRevised,
  type IndicatorRenamed,
  type IndicatorToleranceSet,
  type IndicatorLinkedToGoal,
  type IndicatorUnlinkedFromGoal,
  type TargetSet,
  type TargetRevised,
  type MeasurementRecorded,
  type MeasurementCorrected,
  type DefinitionFields,
  type DefinitionField,
  type BaselineData,
  type TargetData,
  type MeasurementData,
  type GenderBreakdown,
} from './indicators/indicator.events';
/** Indicator state with full target and measurement history, and a definition version lookup. */
export {
  findDefinitionVersion,
  type IndicatorState,
  type DefinitionVersion,
  type DefinitionFieldChange,
  type GoalLink,
  type TargetEntry,
  type TargetRecord,
  type MeasurementEntry,
  type MeasurementRecord,
} from './indicators/indicator.state';
/** Indicator fold: one event (copying), or many in one linear pass. */
export { evolveIndicator, indicatorStateFrom } from './indicators/indicator.evolve';

// Commands
/** DefineIndicator command and its decision. */
export { decideDefineIndicator, type DefineIndicator } from './indicators/commands/define-indicator';
/** ReviseIndicatorDefinition command: a new definition version with a reason. */
export {
  decideReviseIndicatorDefinition,
  type ReviseIndicatorDefinition,
} from './indicators/commands/revise-indicator-definition';
/** RenameIndicator command (no new definition version). */
export { decideRenameIndicator, type RenameIndicator } from './indicators/commands/rename-indicator';
/** SetIndicatorTolerance command (no new definition version). */
export {
  decideSetIndicatorTolerance,
  type SetIndicatorTolerance,
} from './indicators/commands/set-indicator-tolerance';
/** LinkIndicatorToGoal and UnlinkIndicatorFromGoal commands. */
export {
  decideLinkIndicatorToGoal,
  decideUnlinkIndicatorFromGoal,
  type LinkIndicatorToGoal,
  type UnlinkIndicatorFromGoal,
} from './indicators/commands/link-indicator-to-goal';
/** SetTarget command: a year's first target, or a revision with a reason. */
export { decideSetTarget, type SetTarget } from './indicators/commands/set-target';
/** RecordMeasurement command: a period's first outcome, or a correction with a reason. */
export { decideRecordMeasurement, type RecordMeasurement } from './indicators/commands/record-measurement';
/** ImportMeasurements command: many outcomes of one indicator decided in one linear pass. */
export {
  decideImportMeasurements,
  type ImportMeasurements,
  type MeasurementRow,
} from './indicators/commands/import-measurements';
/** Groups Kolada's per-gender rows (T, K, M) into one import row per period. */
export {
  measurementRowsFromGenders,
  type GenderCode,
  type GenderRow,
  type GroupedGenderRows,
} from './indicators/commands/gender-rows';
/** Whether a value fits a unit (the message, or null), and whether a tolerance is valid. */
export { valueProblem, toleranceProblem } from './indicators/validation/value-rules';
/** Kolada KPI id normalisation and format check. */
export { normalizeKoladaKpiId, isKoladaKpiId } from './indicators/validation/definition-rules';
/** The command union and the events each command's decision yields. */
export type { IndicatorCommand, DecidedEvents, DecidedEventOf } from './commands/command';
/** Decides any indicator command; its stream; the reason it gives for the envelope. */
export { decide, indicatorStreamIdOf, indicatorCommandReason } from './commands/decide';

// Queries
/** Targets and outcomes per period in a range, flagged across definition changes. */
export {
  indicatorSeries,
  type IndicatorSeries,
  type SeriesQuery,
  type SeriesPoint,
  type SeriesTarget,
  type SeriesOutcome,
  type DefinitionChange,
} from './queries/indicator-series';
/** The outcome a year is followed up with (annual, else the latest sub-period), one year or all. */
export { yearOutcome, outcomesByYear } from './queries/year-outcome';
/** An indicator's colour for a year (or years) with the rule that derived it. */
export {
  followUpStatus,
  followUpStatuses,
  type IndicatorYearStatus,
  type StatusOutcome,
  type GreyReason,
} from './queries/follow-up-status';
/** Status colours and their Swedish names. */
export { colourNames, type StatusColour } from './queries/status-text';
/** A goal's colour for a year from its linked indicators (worst wins, grey only if all grey). */
export { goalFollowUpStatus, type GoalYearStatus } from './queries/goal-follow-up';
