import type { AllStreamJSONRecordedEvent, AllStreamResolvedEvent, Filter } from '@kurrent/kurrentdb-client';
import type { KurrentSubscriptionLike } from './kurrentdb-client.types';

type Stored = AllStreamJSONRecordedEvent;

/** Whether an event passes a KurrentDB server-side filter (stream-name or event-type; prefixes or regex). */
export function passes(event: Stored, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  return 'prefixes' in filter ? filter.prefixes.some((prefix) => subject.startsWith(prefix)) : new RegExp(filter.regex).test(subject);
}

/**
 * The fake client's $all subscription (unit tests only): delivers queued events, then waits for
 * live ones; destroy() fails a waiting read the way a destroyed Node stream does.
 */
export class FakeSubscription implements KurrentSubscriptionLike {
  private readonly queue: Stored[] = [];
  private waiting: { resolve: () => void; reject: (error: Error) => void } | null = null;
  private ended = false;

  constructor(
    private readonly filter: Filter | undefined,
    private readonly onEnd: () => void,
  ) {}

  push(event: Stored): void {
    if (this.ended || !passes(event, this.filter)) return;
    this.queue.push(event);
    this.waiting?.resolve();
  }

  async unsubscribe(): Promise<void> {
    // The real client cancels the gRPC call here; the adapter then destroys the stream.
  }

  destroy(): void {
    this.ended = true;
    this.onEnd();
    this.waiting?.reject(new Error('Premature close'));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<AllStreamResolvedEvent> {
    for (;;) {
      const event = this.queue.shift();
      if (event) {
        yield { event };
        continue;
      }
      if (this.ended) throw new Error('Premature close');
      await new Promise<void>((resolve, reject) => (this.waiting = { resolve, reject }));
      this.waiting = null;
    }
  }
}
