import type { GlobalPosition, NewEvent, RecordedEvent } from './event';

/**
 * What the writer believes about the stream: its exact revision, that it does not exist yet,
 * that it exists at any revision, or nothing at all.
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

/** A stream's actual state, as reported in a conflict. */
export type ActualRevision = number | 'no_stream';

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: pass it as the next expectedRevision. */
  nextExpectedRevision: number;
  /** Global position of the last event appended. */
  position: GlobalPosition;
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive); defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  /** Stop after this many events. */
  maxCount?: number;
  direction?: 'forwards' | 'backwards';
}

export interface ReadAllOptions {
  /** Read events after this position (exclusive); omitted means from the beginning. */
  fromPosition?: GlobalPosition;
  /** Stop after this many events. */
  maxCount?: number;
  /** Only streams whose id starts with this prefix. */
  streamPrefix?: string;
}

export interface SubscribeOptions {
  /** Deliver events after this checkpoint (exclusive); omitted means from the beginning. */
  fromPosition?: GlobalPosition;
  /** Only streams whose id starts with this prefix. */
  streamPrefix?: string;
}

/**
 * A catch-up subscription: replays the log after the checkpoint, then waits for new events.
 * Iterate it with `for await`; `close()` ends the iteration.
 */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** Result of walking the hash chain. `firstBrokenPosition` is null when the chain is whole. */
export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBrokenPosition: GlobalPosition | null;
  /** Why the first broken event failed, in words. */
  problem: string | null;
}

export interface VerifyOptions {
  /** Called now and then with the number of events checked so far. */
  onProgress?: (checked: number) => void;
}

/** The event store port: every backend (PGlite, PostgreSQL, KurrentDB) implements exactly this. */
export interface EventStore {
  /** Which backend this is, for health reports and logs. */
  readonly kind: 'pglite' | 'postgres' | 'kurrentdb';
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** The stream's current revision, or 'no_stream'. */
  streamRevision(streamId: string): Promise<ActualRevision>;
  /** Position of the newest event in the log, or null for an empty store. */
  headPosition(): Promise<GlobalPosition | null>;
  verify(options?: VerifyOptions): Promise<VerifyResult>;
  close(): Promise<void>;
}
