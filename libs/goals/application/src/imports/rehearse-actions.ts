import { decide, decisionStateFor, streamIdOf, type DomainEventLike } from '@goaltrail/goals-domain';
import type { ImportAction } from './import-goal-document.command';

/**
 * Decides every action in memory, in order, on the loaded streams plus the events decided before it.
 * An import is several appends; rehearsing them first means a rule broken by the fifth command throws
 * before the first one is written, so a refused import leaves nothing behind.
 */
export function rehearseActions(
  actions: readonly ImportAction[],
  loaded: ReadonlyMap<string, readonly DomainEventLike[]>,
): void {
  const streams = new Map<string, DomainEventLike[]>();
  for (const [streamId, events] of loaded) streams.set(streamId, [...events]);
  for (const action of actions) {
    const decided = decide(action, decisionStateFor(action, streams));
    const streamId = streamIdOf(action);
    streams.set(streamId, [...(streams.get(streamId) ?? []), ...decided]);
  }
}
