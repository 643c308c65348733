import type { GlobalPosition, RecordedEvent, SubscribeOptions, Subscription } from '@goaltrail/event-store-port';

/** Where a subscription gets its events: a page after a position, and a signal that more arrived. */
export interface SubscriptionSource {
  readPage(after: GlobalPosition | undefined, streamPrefix: string | undefined): Promise<RecordedEvent[]>;
  /** Resolves when this process appends, or after `pollMs` (other processes may have written). */
  waitForAppend(pollMs: number): Promise<void>;
}

/**
 * Catch-up subscription over a SQL store: reads pages after the checkpoint until it runs dry,
 * then waits for an append in this process or the poll interval, and reads again. Position
 * order equals commit order in these stores (appends are serialised), so a plain
 * "position greater than checkpoint" read never skips an event.
 */
export function sqlSubscription(source: SubscriptionSource, options: SubscribeOptions, pollMs: number): Subscription {
  let closed = false;
  let wake: (() => void) | undefined;
  const closedSignal = new Promise<void>((resolve) => (wake = resolve));

  async function* events(): AsyncGenerator<RecordedEvent> {
    let checkpoint = options.fromPosition;
    while (!closed) {
      const page = await source.readPage(checkpoint, options.streamPrefix);
      for (const event of page) {
        if (closed) return;
        checkpoint = event.position;
        yield event;
      }
      if (page.length === 0) await Promise.race([source.waitForAppend(pollMs), closedSignal]);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closed = true;
      wake?.();
      await iterator.return(undefined);
    },
  };
}
