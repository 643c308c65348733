import { decideDefineIndicator } from '../indicators/commands/define-indicator';
import { decideImportMeasurements } from '../indicators/commands/import-measurements';
import {
  decideLinkIndicatorToGoal,
  decideUnlinkIndicatorFromGoal,
} from '../indicators/commands/link-indicator-to-goal';
import { decideRecordMeasurement } from '../indicators/commands/record-measurement';
import { decideRenameIndicator } from '../indicators/commands/rename-indicator';
import { decideReviseIndicatorDefinition } from '../indicators/commands/revise-indicator-definition';
import { decideSetIndicatorTolerance } from '../indicators/commands/set-indicator-tolerance';
import { decideSetTarget } from '../indicators/commands/set-target';
import type { IndicatorState } from '../indicators/indicator.state';
import { indicatorStreamId } from '../shared/stream-ids';
import type { DecidedEventOf, DecidedEvents, IndicatorCommand } from './command';

type Deciders = {
  [K in IndicatorCommand['type']]: (
    command: Extract<IndicatorCommand, { type: K }>,
    state: IndicatorState | null,
  ) => DecidedEvents[K][];
};

// The mapped type makes a missing command type a compile error, like a `never` check would.
const deciders: Deciders = {
  DefineIndicator: decideDefineIndicator,
  ReviseIndicatorDefinition: decideReviseIndicatorDefinition,
  RenameIndicator: decideRenameIndicator,
  SetIndicatorTolerance: decideSetIndicatorTolerance,
  LinkIndicatorToGoal: decideLinkIndicatorToGoal,
  UnlinkIndicatorFromGoal: decideUnlinkIndicatorFromGoal,
  SetTarget: decideSetTarget,
  RecordMeasurement: decideRecordMeasurement,
  ImportMeasurements: decideImportMeasurements,
};

/**
 * Decides a command on the indicator's current state (null before it is defined): the events to
 * append to `indicator-<id>`, possibly none (an idempotent repeat), or a thrown
 * IndicatorInputError (400) / BusinessRuleError (422, 404). Pure: same input, same output.
 */
export function decide<C extends IndicatorCommand>(
  command: C,
  state: IndicatorState | null,
): DecidedEventOf<C>[] {
  // TypeScript cannot relate `deciders[command.type]` to C by itself; the mapped type above
  // guarantees each entry takes exactly its own command.
  const decider = deciders[command.type] as unknown as (
    command: C,
    state: IndicatorState | null,
  ) => DecidedEventOf<C>[];
  return decider(command, state);
}

/** The one stream a command reads and appends to. */
export function indicatorStreamIdOf(command: IndicatorCommand): string {
  return indicatorStreamId(command.indicatorId);
}

/** The reason a command gives, for the envelope's `reason` (null when it gives none). */
export function indicatorCommandReason(command: IndicatorCommand): string | null {
  return 'reason' in command && typeof command.reason === 'string' ? command.reason : null;
}
