import {
  END,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamJSONRecordedEvent,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendStreamState,
  type EventData,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import type { KurrentDbClientLike } from './kurrentdb-client.types';
import { FakeSubscription, passes } from './kurrentdb-subscription.fake';
import { comparePositions } from './position.mapper';

type Stored = AllStreamJSONRecordedEvent;

/**
 * An in-memory stand-in for KurrentDBClient, for unit tests only (no server runs here). It follows
 * KurrentDB where the adapter depends on it: $all reads start AT a position, subscriptions start
 * AFTER it, events of one append share a commit position, system events appear in $all, and
 * reading a missing stream throws StreamNotFoundError.
 */
export class FakeKurrentDbClient implements KurrentDbClientLike {
  readonly log: Stored[] = [];
  /** Every maxCount a read asked for: tests check that no read is unbounded. */
  readonly readSizes: number[] = [];
  appendCalls = 0;
  private nextPosition = 100n;
  private readonly subscriptions = new Set<FakeSubscription>();

  /** `statsEvery`: write a $stats event after every n-th append, as a real server does now and then. */
  constructor(private readonly options: { statsEvery?: number } = {}) {}

  async appendToStream(streamName: string, events: EventData[], options: { streamState: AppendStreamState }): Promise<AppendResult> {
    this.appendCalls += 1;
    const current = this.revisionOf(streamName);
    const state = options.streamState;
    const holds =
      state === 'any' ||
      (state === 'no_stream' && current === undefined) ||
      (state === 'stream_exists' && current !== undefined) ||
      (typeof state === 'bigint' && current === state);
    if (!holds) {
      throw new WrongExpectedVersionError(undefined, { streamName, expected: state, current: current ?? 'no_stream' });
    }
    const commit = this.nextPosition + BigInt(events.length) * 10n;
    const written = events.map((event, index) =>
      this.store(streamName, (current ?? -1n) + 1n + BigInt(index), event, { commit, prepare: this.nextPosition + BigInt(index) * 10n }),
    );
    this.nextPosition = commit + 10n;
    if (this.options.statsEvery && this.appendCalls % this.options.statsEvery === 0) this.writeSystemEvent();
    const last = written.at(-1);
    return { success: true, nextExpectedRevision: last?.revision ?? -1n, position: last?.position };
  }

  /** Writes what KurrentDB writes on its own: statistics, stream metadata, links. */
  writeSystemEvent(streamName = '$stats-127.0.0.1:2113', type = '$statsCollected'): void {
    const event = { id: crypto.randomUUID(), type, contentType: 'application/json', data: {}, metadata: undefined } as const;
    const position = { commit: this.nextPosition, prepare: this.nextPosition };
    this.nextPosition += 10n;
    this.store(streamName, (this.revisionOf(streamName) ?? -1n) + 1n, event, position);
  }

  async *readStream(streamName: string, options: ReadStreamOptions): AsyncGenerator<{ event: Stored }> {
    this.readSizes.push(Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
    const events = this.log.filter((event) => event.streamId === streamName);
    const last = events.at(-1);
    if (!last) throw new StreamNotFoundError(undefined, streamName);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? START;
    const start = from === START ? 0n : from === END ? last.revision : from;
    const selected = backwards
      ? events.filter((event) => event.revision <= start).reverse()
      : events.filter((event) => event.revision >= start);
    for (const event of selected.slice(0, Number(options.maxCount))) yield { event };
  }

  async *readAll(options: ReadAllOptions): AsyncGenerator<AllStreamResolvedEvent> {
    this.readSizes.push(Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
    const from = options.fromPosition ?? START;
    const selected =
      options.direction === 'backwards'
        ? this.log.filter((event) => from === END || from === START || before(event, from)).reverse()
        : this.log.filter((event) => from === START || (from !== END && !before(event, from)));
    const matching = selected.filter((event) => passes(event, options.filter));
    for (const event of matching.slice(0, Number(options.maxCount))) yield { event };
  }

  subscribeToAll(options: SubscribeToAllOptions): FakeSubscription {
    const from = options.fromPosition ?? START;
    const replay = from === END ? [] : this.log.filter((event) => from === START || comparePositions(event.position, from) > 0);
    const subscription = new FakeSubscription(options.filter, () => this.subscriptions.delete(subscription));
    replay.forEach((event) => subscription.push(event));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async dispose(): Promise<void> {
    [...this.subscriptions].forEach((subscription) => subscription.destroy());
  }

  /** Changes a stored event behind the store's back (impossible on a real server; tests verify()). */
  rewrite(position: string, change: (event: Stored) => Stored): void {
    const index = this.log.findIndex((event) => `${event.position.commit}/${event.position.prepare}` === position);
    const event = this.log[index];
    if (!event) throw new Error(`no event at ${position}`);
    this.log[index] = change(event);
  }

  private revisionOf(streamName: string): bigint | undefined {
    return this.log.filter((event) => event.streamId === streamName).at(-1)?.revision;
  }

  private store(streamId: string, revision: bigint, event: EventData, position: Position): Stored {
    const roundTrip = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Stored['data']));
    const stored: Stored = {
      streamId,
      id: event.id,
      revision,
      type: event.type,
      isJson: true,
      created: new Date(0),
      data: roundTrip(event.data) ?? {},
      metadata: roundTrip(event.metadata),
      position,
    };
    this.log.push(stored);
    this.subscriptions.forEach((subscription) => subscription.push(stored));
    return stored;
  }
}

function before(event: Stored, bound: Position): boolean {
  return comparePositions(event.position, bound) < 0;
}
