import { FORWARDS, KurrentDBClient } from '@kurrent/kurrentdb-client';
import {
  UpcasterRegistry,
  defaultMaxEventBytes,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type Subscription,
  type Upcaster,
} from '@goaltrail/event-store-port';
import { AsyncMutex } from './async-mutex';
import { appendWithChain } from './kurrentdb-append';
import type { KurrentDbClientLike } from './kurrentdb-client.types';
import { currentRevision, newestInScope, readAllForwards, readStreamPages, scopeFilter } from './kurrentdb-reads';
import { openSubscription } from './kurrentdb-subscription';
import { verifyChain } from './kurrentdb-verify';
import { formatPosition, parsePosition } from './position.mapper';
import { inScope, toRecordedEvent, type KurrentRecord } from './recorded-event.mapper';

export interface KurrentDbEventStoreOptions {
  /** e.g. `kurrentdb://localhost:2113?tls=false` */
  connectionString: string;
  /** The store's clock, stamped into every event as `recordedAt`. */
  clock?: () => Date;
  upcasters?: readonly Upcaster[];
  maxEventBytes?: number;
  /**
   * Prefix of every KurrentDB stream this store owns, hidden from callers; reads, subscriptions,
   * the chain and verify() see only these streams. Lets test runs share one server. Default ''.
   */
  namespace?: string;
}

/**
 * The KurrentDB event store. The hash chain assumes ONE writing process per KurrentDB store (per
 * namespace): appends are serialised inside this instance only, and KurrentDB has no transaction
 * that could keep two processes' links in order.
 */
export function createKurrentDbEventStore(options: KurrentDbEventStoreOptions): EventStore {
  const { connectionString, ...rest } = options;
  return createKurrentDbEventStoreOn(KurrentDBClient.connectionString(connectionString), rest);
}

/** The same store on a client supplied by the caller (a fake one in unit tests). */
export function createKurrentDbEventStoreOn(
  client: KurrentDbClientLike,
  options: Omit<KurrentDbEventStoreOptions, 'connectionString'> = {},
): EventStore {
  const namespace = options.namespace ?? '';
  if (namespace.startsWith('$')) throw new Error('A KurrentDB namespace must not start with "$" (reserved for system streams)');
  const upcasters = new UpcasterRegistry(options.upcasters);
  const append = {
    client,
    namespace,
    clock: options.clock ?? (() => new Date()),
    maxEventBytes: options.maxEventBytes ?? defaultMaxEventBytes,
    mutex: new AsyncMutex(),
  };
  const subscriptions = new Set<Subscription>();
  const toRecorded = (record: KurrentRecord) => toRecordedEvent(record, namespace, upcasters);

  async function* readStream(streamId: string, read: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    const range = { fromRevision: read.fromRevision, maxCount: read.maxCount, direction: read.direction ?? FORWARDS };
    for await (const record of readStreamPages(client, namespace + streamId, range)) yield toRecorded(record);
  }

  async function* readAll(read: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    const scope = { namespace, streamPrefix: read.streamPrefix };
    const after = read.fromPosition === undefined ? undefined : parsePosition(read.fromPosition);
    let remaining = read.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    for await (const record of readAllForwards(client, scopeFilter(scope), after, remaining)) {
      if (!inScope(record, scope)) continue;
      yield toRecorded(record);
      if (--remaining <= 0) return;
    }
  }

  return {
    kind: 'kurrentdb',
    appendToStream: (streamId, events, appendOptions) => appendWithChain(append, streamId, events, appendOptions),
    readStream,
    readAll,
    subscribeToAll(subscribe = {}) {
      const subscription: Subscription = openSubscription(client, {
        scope: { namespace, streamPrefix: subscribe.streamPrefix },
        after: subscribe.fromPosition === undefined ? undefined : parsePosition(subscribe.fromPosition),
        toRecordedEvent: toRecorded,
        onClosed: () => subscriptions.delete(subscription),
      });
      subscriptions.add(subscription);
      return subscription;
    },
    streamRevision: (streamId) => currentRevision(client, namespace + streamId),
    async headPosition() {
      const newest = await newestInScope(client, { namespace });
      return newest ? formatPosition(newest.position) : null;
    },
    verify: (verifyOptions) => verifyChain(client, { namespace }, verifyOptions),
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.close()));
      await client.dispose();
    },
  };
}
