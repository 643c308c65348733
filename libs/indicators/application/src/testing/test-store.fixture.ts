import type { EventStore } from '@goaltrail/event-store-port';
import type { Clock } from '@goaltrail/goals-application';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tests need a real store
import { createEventStore } from '@goaltrail/event-store';

/** A clock that moves on by `stepMs` at every reading, so every event gets its own recordedAt. */
export function steppingClock(startIso: string, stepMs = 60_000): Clock {
  let current = Date.parse(startIso) - stepMs;
  return { now: () => new Date((current += stepMs)) };
}

/** A real, empty, in-memory PGlite store that polls often, so live subscriptions react quickly. */
export function openTestStore(clock?: Clock): Promise<EventStore> {
  return createEventStore({ kind: 'pglite' }, { pollIntervalMs: 10, ...(clock ? { clock: () => clock.now() } : {}) });
}
