import { foldCommittee, type CommitteeState } from '../committees/committee.evolve';
import { foldLineage } from '../lineage/lineage.evolve';
import type { LineageState } from '../lineage/lineage.state';
import { foldPlan } from '../plans/plan.evolve';
import type { PlanState } from '../plans/plan.state';
import { assertNever } from '../shared/assert-never';
import type { DomainEventLike } from '../shared/recorded-event';
import { streamIds } from '../shared/stream-ids';
import type { Command, DecisionStateOf } from './command';

/** The one stream a command's events are appended to. */
export function streamIdOf(command: Command): string {
  switch (command.type) {
    case 'RegisterCommittee':
      return streamIds.committee(command.committeeId);
    case 'LinkGoals':
    case 'UnlinkGoals':
      return streamIds.lineage(command.committeeId);
    case 'DraftPlan':
    case 'AddFocusArea':
    case 'ReviseFocusArea':
    case 'RemoveFocusArea':
    case 'AddGoal':
    case 'RewordGoal':
    case 'MoveGoal':
    case 'RetireGoal':
    case 'AdoptPlan':
    case 'AmendPlan':
      return streamIds.plan(command.committeeId, command.year);
    default:
      return assertNever(command);
  }
}

/** Every stream a handler reads to build the command's state; the first is `streamIdOf(command)`. */
export function streamsToLoad(command: Command): string[] {
  const own = streamIdOf(command);
  switch (command.type) {
    case 'DraftPlan': {
      const committee = streamIds.committee(command.committeeId);
      const from = command.fromYear == null ? [] : [streamIds.plan(command.committeeId, command.fromYear)];
      return [own, committee, ...from];
    }
    case 'LinkGoals':
      return [
        own,
        streamIds.plan(command.committeeId, command.fromYear),
        streamIds.plan(command.committeeId, command.toYear),
      ];
    default:
      return [own];
  }
}

/** The folded states a decision may need, looked up by committee (and year). */
export interface FoldedStreams {
  committee(committeeId: string): CommitteeState | null;
  plan(committeeId: string, year: number): PlanState | null;
  lineage(committeeId: string): LineageState;
}

/**
 * Builds the state `decide` needs from already-folded stream states. Callers deciding many
 * commands in a row (an import) keep the states up to date event by event instead of folding
 * whole streams again for every command.
 */
export function decisionStateFrom<C extends Command>(command: C, folded: FoldedStreams): DecisionStateOf<C> {
  // Narrowing `command` does not narrow C, so each branch asserts the state type that
  // DecisionStates assigns to its command type (checked by the deciders' signatures in decide.ts).
  switch (command.type) {
    case 'RegisterCommittee':
      return folded.committee(command.committeeId) as DecisionStateOf<C>;
    case 'DraftPlan': {
      const fromPlan = command.fromYear == null ? null : folded.plan(command.committeeId, command.fromYear);
      const state = { committee: folded.committee(command.committeeId), plan: folded.plan(command.committeeId, command.year), fromPlan };
      return state as DecisionStateOf<C>;
    }
    case 'LinkGoals':
      return {
        lineage: folded.lineage(command.committeeId),
        fromPlan: folded.plan(command.committeeId, command.fromYear),
        toPlan: folded.plan(command.committeeId, command.toYear),
      } as DecisionStateOf<C>;
    case 'UnlinkGoals':
      return folded.lineage(command.committeeId) as DecisionStateOf<C>;
    default:
      return folded.plan(command.committeeId, command.year) as DecisionStateOf<C>;
  }
}

/**
 * Builds the state `decide` needs from the events of the streams `streamsToLoad` names
 * (each stream in its own order; other events are ignored).
 */
export function decisionStateFor<C extends Command>(
  command: C,
  streams: ReadonlyMap<string, readonly DomainEventLike[]>,
): DecisionStateOf<C> {
  const read = (streamId: string) => streams.get(streamId) ?? [];
  return decisionStateFrom(command, {
    committee: (committeeId) => foldCommittee(read(streamIds.committee(committeeId))),
    plan: (committeeId, year) => foldPlan(read(streamIds.plan(committeeId, year))),
    lineage: (committeeId) => foldLineage(read(streamIds.lineage(committeeId))),
  });
}

/** What a command says about why, for the envelope's `reason` and `decisionRef`. */
export function commandAudit(command: Command): { reason: string | null; decisionRef: string | null } {
  const reason = 'reason' in command ? command.reason : 'rationale' in command ? command.rationale : null;
  const decisionRef = 'decisionRef' in command ? command.decisionRef : null;
  return { reason, decisionRef };
}
