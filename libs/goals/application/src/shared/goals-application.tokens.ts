import type { GlobalPosition } from '@goaltrail/event-store-port';

/** Injection token of the EventStore port; the app provides the adapter it opened. */
export const EVENT_STORE_PORT = Symbol('EVENT_STORE_PORT');

/** Injection token of the clock the write path stamps `effectiveAt` with. */
export const CLOCK = Symbol('CLOCK');

/** A source of the current time, injected so tests can fix it. */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Injection token of the projection runner's progress callback during start-up catch-up (optional). */
export const PROJECTION_PROGRESS = Symbol('PROJECTION_PROGRESS');

/** Catch-up progress: events applied since start, the checkpoint reached and the head to reach. */
export interface ProjectionProgress {
  applied: number;
  checkpoint: GlobalPosition | null;
  head: GlobalPosition | null;
  caughtUp: boolean;
}
