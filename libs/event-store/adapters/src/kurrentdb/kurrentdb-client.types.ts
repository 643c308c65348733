import type {
  AllStreamResolvedEvent,
  AppendResult,
  AppendStreamState,
  EventData,
  ReadAllOptions,
  ReadStreamOptions,
  ResolvedEvent,
  SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';

/**
 * The part of KurrentDBClient the adapter uses. Kept this narrow so the store's paging, chaining
 * and subscription logic can be unit-tested against an in-memory stand-in (no server runs here).
 */
export interface KurrentDbClientLike {
  appendToStream(streamName: string, events: EventData[], options: { streamState: AppendStreamState }): Promise<AppendResult>;
  readStream(streamName: string, options: ReadStreamOptions): AsyncIterable<ResolvedEvent>;
  readAll(options: ReadAllOptions): AsyncIterable<AllStreamResolvedEvent>;
  subscribeToAll(options: SubscribeToAllOptions): KurrentSubscriptionLike;
  dispose(): Promise<void>;
}

/** The part of the client's $all subscription (a Node Readable) the adapter uses. */
export interface KurrentSubscriptionLike extends AsyncIterable<AllStreamResolvedEvent> {
  unsubscribe(): Promise<void>;
  destroy(): unknown;
}
