import { START, type Position } from '@kurrent/kurrentdb-client';
import type { RecordedEvent, Subscription } from '@goaltrail/event-store-port';
import type { KurrentDbClientLike } from './kurrentdb-client.types';
import { mapClientError } from './error.mapper';
import { scopeFilter } from './kurrentdb-reads';
import { isAfter } from './position.mapper';
import { inScope, type EventScope, type KurrentRecord } from './recorded-event.mapper';

export interface SubscriptionRequest {
  scope: EventScope;
  /** Deliver only events strictly after this position. */
  after?: Position;
  toRecordedEvent: (record: KurrentRecord) => RecordedEvent;
  /** Lets the store forget the subscription once it is closed. */
  onClosed: () => void;
}

/**
 * A KurrentDB catch-up subscription to $all (replay, then live) behind the port's Subscription.
 * KurrentDB already starts after the given position; the explicit check keeps "strictly after"
 * true whatever the server does, so a resumed projection never sees its checkpoint event twice.
 */
export function openSubscription(client: KurrentDbClientLike, request: SubscriptionRequest): Subscription {
  const { scope, after } = request;
  const source = client.subscribeToAll({ fromPosition: after ?? START, filter: scopeFilter(scope), resolveLinkTos: false });
  let closed = false;

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    request.onClosed();
    // A subscription that never connected has nothing to cancel; closing must still succeed.
    await source.unsubscribe().catch(() => undefined);
    source.destroy();
  };

  async function* deliver(): AsyncGenerator<RecordedEvent> {
    try {
      for await (const { event } of source) {
        if (closed) return;
        if (!event?.position || !inScope(event, scope) || !isAfter(event.position, after)) continue;
        yield request.toRecordedEvent(event);
      }
    } catch (error) {
      // Closing tears the stream down mid-read; that is the end of iteration, not a failure.
      if (!closed) throw mapClientError(error);
    } finally {
      await close();
    }
  }

  const iterator = deliver();
  return { [Symbol.asyncIterator]: () => iterator, close };
}
