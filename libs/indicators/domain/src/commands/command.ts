import type { DefineIndicator } from '../indicators/commands/define-indicator';
import type { ImportMeasurements } from '../indicators/commands/import-measurements';
import type {
  LinkIndicatorToGoal,
  UnlinkIndicatorFromGoal,
} from '../indicators/commands/link-indicator-to-goal';
import type { RecordMeasurement } from '../indicators/commands/record-measurement';
import type { RenameIndicator } from '../indicators/commands/rename-indicator';
import type { ReviseIndicatorDefinition } from '../indicators/commands/revise-indicator-definition';
import type { SetIndicatorTolerance } from '../indicators/commands/set-indicator-tolerance';
import type { SetTarget } from '../indicators/commands/set-target';
import type {
  IndicatorDefined,
  IndicatorDefinitionRevised,
  IndicatorLinkedToGoal,
  IndicatorRenamed,
  IndicatorToleranceSet,
  IndicatorUnlinkedFromGoal,
  MeasurementCorrected,
  MeasurementRecorded,
  TargetRevised,
  TargetSet,
} from '../indicators/indicator.events';

/** Every command the indicators domain decides. Each is decided on one indicator's state. */
export type IndicatorCommand =
  | DefineIndicator
  | ReviseIndicatorDefinition
  | RenameIndicator
  | SetIndicatorTolerance
  | LinkIndicatorToGoal
  | UnlinkIndicatorFromGoal
  | SetTarget
  | RecordMeasurement
  | ImportMeasurements;

/** The events each command's decision may yield, by command type. */
export type DecidedEvents = {
  DefineIndicator: IndicatorDefined;
  ReviseIndicatorDefinition: IndicatorDefinitionRevised;
  RenameIndicator: IndicatorRenamed;
  SetIndicatorTolerance: IndicatorToleranceSet;
  LinkIndicatorToGoal: IndicatorLinkedToGoal;
  UnlinkIndicatorFromGoal: IndicatorUnlinkedFromGoal;
  SetTarget: TargetSet | TargetRevised;
  RecordMeasurement: MeasurementRecorded | MeasurementCorrected;
  ImportMeasurements: MeasurementRecorded | MeasurementCorrected;
};

/** The events a command's decision yields (distributes over a union of commands). */
export type DecidedEventOf<C extends IndicatorCommand> = DecidedEvents[C['type']];
