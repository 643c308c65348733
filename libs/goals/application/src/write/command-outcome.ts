import type { GlobalPosition, NewEvent } from '@goaltrail/event-store-port';

/** An event as the executor appended it: the envelope sent and its revision in the stream. */
export type AppendedEvent = NewEvent & { readonly revision: number };

/** What a successful command returns. */
export interface CommandOutcome {
  readonly streamId: string;
  /** The stream's revision after the append: the plan's new version. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended; pass it to `ProjectionRunner.waitFor`. */
  readonly position: GlobalPosition;
  readonly events: readonly AppendedEvent[];
}
