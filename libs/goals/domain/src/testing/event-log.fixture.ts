import type { Command, GoalsEvent } from '../commands/command';
import { commandAudit, decisionStateFor, streamIdOf, streamsToLoad } from '../commands/command-streams';
import { decide } from '../commands/decide';
import type { DomainEventLike, RecordedEventLike } from '../shared/recorded-event';

/** Envelope values a test chooses; the domain has no clock, so recordedAt is always explicit. */
export type TestMeta = {
  recordedAt: string;
  effectiveAt?: string;
  actor?: string;
  role?: string;
  reason?: string | null;
  decisionRef?: string | null;
};

/**
 * An in-memory event log that runs commands the way a handler does:
 * read `streamsToLoad` → `decisionStateFor` → `decide` → append to `streamIdOf`.
 */
export function createEventLog() {
  const events: RecordedEventLike[] = [];

  function append(streamId: string, newEvents: readonly DomainEventLike[], meta: TestMeta): void {
    let revision = events.filter((e) => e.streamId === streamId).length;
    for (const event of newEvents) {
      events.push({
        type: event.type,
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        streamId,
        revision: revision++,
        metadata: {
          actor: meta.actor ?? 'planner-anna',
          role: meta.role ?? 'planner',
          reason: meta.reason ?? null,
          decisionRef: meta.decisionRef ?? null,
          effectiveAt: meta.effectiveAt ?? meta.recordedAt,
          recordedAt: meta.recordedAt,
        },
      });
    }
  }

  function run(command: Command, meta: TestMeta): GoalsEvent[] {
    const streams = new Map(
      streamsToLoad(command).map((id) => [id, events.filter((e) => e.streamId === id)]),
    );
    const decided = decide(command, decisionStateFor(command, streams));
    append(streamIdOf(command), decided, { ...commandAudit(command), ...meta });
    return decided;
  }

  return { events, append, run };
}

/** The log type, for helpers that take one. */
export type EventLog = ReturnType<typeof createEventLog>;
