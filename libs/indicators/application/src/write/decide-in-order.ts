import { decide, indicatorStateFrom, type IndicatorCommand, type IndicatorState } from '@goaltrail/indicators-domain';
import type { IndicatorDecision } from './indicator-envelope';
import type { LoadedIndicator } from './indicator-outcome';

/** The decisions of several commands on one indicator, and the state after all of them. */
export interface DecidedInOrder {
  readonly decisions: readonly IndicatorDecision[];
  readonly state: IndicatorState | null;
  readonly eventCount: number;
}

/**
 * Decides the commands one after another on one indicator, folding each decision in before the next, so
 * a rename and a new definition version in one request are decided as if sent one by one — and written in
 * one append. Pure: throws the first IndicatorInputError or rule error, before anything is written.
 */
export function decideInOrder(loaded: LoadedIndicator, commands: readonly IndicatorCommand[]): DecidedInOrder {
  let state = loaded.state;
  let eventCount = 0;
  const decisions = commands.map((command) => {
    const events = decide(command, state);
    if (events.length > 0) state = indicatorStateFrom(events, state);
    eventCount += events.length;
    return { command, events };
  });
  return { decisions, state, eventCount };
}

/** The one indicator a list of commands is about; they may not mix indicators (one stream, one append). */
export function indicatorOf(commands: readonly IndicatorCommand[]): string {
  const first = commands[0];
  if (!first) throw new Error('An indicator write needs at least one command');
  if (commands.some((command) => command.indicatorId !== first.indicatorId)) {
    throw new Error('The commands of one indicator write must all name the same indicator');
  }
  return first.indicatorId;
}
