// Module
/** The Nest module: handlers, write path, Kolada importer, read model and projection runner. */
export { IndicatorsApplicationModule, type IndicatorsApplicationOptions } from './indicators-application.module';
/** The write path and the Kolada importer alone, its KPI catalogue read from the store: for one-shot imports. */
export { MeasurementsImportModule } from './measurements-import.module';
export { KpiCatalogueSource } from './measurements/import/kpi-catalogue-source';
export { StoreKpiCatalogue } from './measurements/import/store-kpi-catalogue';
/** The handler lists, for apps or tests that wire their own module. */
export { indicatorCommandHandlers, indicatorQueryHandlers } from './indicators-application.handlers';

// Write path
/** Load → decide → append with expected revision → publish, for one command or several on one indicator. */
export { IndicatorCommandExecutor, type AppendedDecision } from './write/indicator-command-executor';
/** A command's result (position null for an idempotent repeat) and a loaded indicator stream. */
export type { IndicatorCommandOutcome, LoadedIndicator } from './write/indicator-outcome';
/** What the EventBus carries after an indicator append (never used for read models). */
export { IndicatorEventsAppended } from './write/indicator-events-appended.event';
/** Define an indicator (id made when absent); its input and outcome. */
export {
  DefineIndicatorCommand,
  type DefineIndicatorInput,
  type DefineIndicatorOutcome,
} from './indicators/commands/define-indicator/define-indicator.command';
/** Change an indicator's definition (new version, with reason), name and/or tolerance in one append. */
export { ChangeIndicatorCommand, type ChangeIndicatorInput } from './indicators/commands/change-indicator/change-indicator.command';
/** Link an indicator to an existing goal (404 for an unknown goal). */
export { LinkIndicatorToGoalCommand } from './indicators/commands/link-indicator-to-goal/link-indicator-to-goal.command';
/** Unlink an indicator from a goal. */
export { UnlinkIndicatorFromGoalCommand } from './indicators/commands/unlink-indicator-from-goal/unlink-indicator-from-goal.command';
/** Set or revise a year's target. */
export { SetTargetCommand } from './targets/commands/set-target/set-target.command';
/** Record or correct a period's outcome. */
export { RecordMeasurementCommand } from './measurements/commands/record-measurement/record-measurement.command';

// Kolada import
/** The import use case (validation pass, then write pass), callable without a bus (CLI, benchmark), and its defaults. */
export { MeasurementsImporter, defaultImportBatchSize, maxHeldImportRows } from './measurements/import/measurements-importer';
/** The first run's indicators for the seeded plan's measurable goals, from an editable sample file. */
export { SampleIndicatorsSeeder, sampleIndicatorsFile, type IndicatorSeedSummary } from './seed/sample-indicators-seeder';
/** The import through the command bus. */
export { ImportKoladaFileCommand } from './measurements/import/import-kolada-file.command';
/** An import's input, progress phases, skip counts and result. */
export type {
  ImportPhase,
  ImportSkips,
  MeasurementsImportInput,
  MeasurementsImportResult,
} from './measurements/import/measurements-import.types';
/** A well-formed file that cannot be imported (conflict, bad value, municipality), and JSON paths as field paths. */
export {
  MeasurementsImportRejectedError,
  koladaPathSegments,
  type ImportRejection,
} from './measurements/import/measurements-import.errors';

// Read path
/** The in-memory indicators read model with its checkpoint, its entries and the KPI catalogue. */
export {
  IndicatorsReadModel,
  type IndicatorEntry,
  type RecordedBy,
} from './read-model/indicators-read-model';
export type { KpiCatalogue } from './read-model/indicator-indexes';
/** List and detail views of an indicator, every recorded value with its event and recorder. */
export type { IndicatorSummary, IndicatorDetails, RecordedRef, WithRecorder } from './read-model/indicator-views';
/** Follows the store's indicator streams into the read model; `waitFor` gives read-your-writes. */
export { IndicatorsProjectionRunner, indicatorStreamPrefix } from './projections/indicators-projection-runner';

// Queries
/** Every indicator. */
export { ListIndicatorsQuery } from './indicators/queries/list-indicators/list-indicators.query';
/** One indicator with its histories. */
export { GetIndicatorQuery } from './indicators/queries/get-indicator/get-indicator.query';
/** An indicator's series between two years. */
export { GetIndicatorSeriesQuery, type SeriesYears } from './indicators/queries/get-indicator-series/get-indicator-series.query';
/** A committee's follow-up for a year: each goal's colour from its indicators, with the rules. */
export {
  GetCommitteeFollowUpQuery,
  type CommitteeFollowUp,
  type GoalFollowUp,
} from './follow-up/queries/get-committee-follow-up/get-committee-follow-up.query';
