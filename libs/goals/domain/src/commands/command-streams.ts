import { foldCommittee } from '../committees/committee.evolve';
import { foldLineage } from '../lineage/lineage.evolve';
import { foldPlan } from '../plans/plan.evolve';
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

/**
 * Builds the state `decide` needs from the events of the streams `streamsToLoad` names
 * (each stream in its own order; other events are ignored).
 */
export function decisionStateFor<C extends Command>(
  command: C,
  streams: ReadonlyMap<string, readonly DomainEventLike[]>,
): DecisionStateOf<C> {
  const read = (streamId: string) => streams.get(streamId) ?? [];
  const own = read(streamIdOf(command));
  const plan = (year: number) => foldPlan(read(streamIds.plan(command.committeeId, year)));
  // Narrowing `command` does not narrow C, so each branch asserts the state type that
  // DecisionStates assigns to its command type (checked by the deciders' signatures in decide.ts).
  switch (command.type) {
    case 'RegisterCommittee':
      return foldCommittee(own) as DecisionStateOf<C>;
    case 'DraftPlan': {
      const committee = foldCommittee(read(streamIds.committee(command.committeeId)));
      const fromPlan = command.fromYear == null ? null : plan(command.fromYear);
      return { committee, plan: foldPlan(own), fromPlan } as DecisionStateOf<C>;
    }
    case 'LinkGoals':
      return {
        lineage: foldLineage(own),
        fromPlan: plan(command.fromYear),
        toPlan: plan(command.toYear),
      } as DecisionStateOf<C>;
    case 'UnlinkGoals':
      return foldLineage(own) as DecisionStateOf<C>;
    default:
      return foldPlan(own) as DecisionStateOf<C>;
  }
}

/** What a command says about why, for the envelope's `reason` and `decisionRef`. */
export function commandAudit(command: Command): { reason: string | null; decisionRef: string | null } {
  const reason = 'reason' in command ? command.reason : 'rationale' in command ? command.rationale : null;
  const decisionRef = 'decisionRef' in command ? command.decisionRef : null;
  return { reason, decisionRef };
}
