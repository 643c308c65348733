import type { RecordedEvent } from '@goaltrail/event-store-port';
import { decide, decisionStateFor, streamIdOf, streamsToLoad, type Command } from '@goaltrail/goals-domain';
import { GoalsReadModel } from '../read-model/goals-read-model';
import { toNewEvents } from '../write/event-envelope';
import type { Actor } from '../shared/actor';

/**
 * A log in memory that records commands the way the executor does (same envelope), with decimal
 * positions and a clock a minute per event: read-model tests without any I/O.
 */
export function recordedLog(start = '2026-03-01T09:00:00Z') {
  const events: RecordedEvent[] = [];
  let minute = 0;
  const run = (command: Command, actor: Actor = { username: 'planner-anna', role: 'planner' }): RecordedEvent[] => {
    const streams = new Map(streamsToLoad(command).map((id) => [id, events.filter((e) => e.streamId === id)]));
    const streamId = streamIdOf(command);
    const decided = decide(command, decisionStateFor(command, streams));
    const now = new Date(Date.parse(start) + minute * 60_000);
    const newEvents = toNewEvents(command, decided, { actor, options: {}, correlationId: 'test', now });
    const recorded = newEvents.map((event, index): RecordedEvent => ({
      ...event,
      streamId,
      revision: (streams.get(streamId)?.length ?? 0) + index,
      position: String(events.length + index + 1),
      schemaVersion: 1,
      storedSchemaVersion: 1,
      metadata: { ...event.metadata, recordedAt: new Date(Date.parse(start) + minute++ * 60_000).toISOString() },
    }));
    events.push(...recorded);
    return recorded;
  };
  /** A model fed with every event so far. */
  const model = (): GoalsReadModel => {
    const fresh = new GoalsReadModel();
    for (const event of events) fresh.apply(event);
    return fresh;
  };
  return { events, run, model };
}
