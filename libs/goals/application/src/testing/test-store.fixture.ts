import type { EventStore } from '@goaltrail/event-store-port';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tests need a real store
import { createEventStore } from '@goaltrail/event-store';
import type { Clock } from '../shared/goals-application.tokens';

/** A clock that moves on by `stepMs` at every reading, so every event gets its own recordedAt. */
export function steppingClock(startIso: string, stepMs = 60_000): Clock & { readonly last: Date } {
  let current = Date.parse(startIso) - stepMs;
  return {
    now: () => new Date((current += stepMs)),
    get last() {
      return new Date(current);
    },
  };
}

/** A real, empty, in-memory PGlite store that polls often, so live subscriptions react quickly. */
export function openTestStore(clock?: Clock): Promise<EventStore> {
  return createEventStore({ kind: 'pglite' }, { pollIntervalMs: 10, ...(clock ? { clock: () => clock.now() } : {}) });
}
