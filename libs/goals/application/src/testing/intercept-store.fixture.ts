import type { AppendOptions, AppendResult, EventStore, NewEvent } from '@goaltrail/event-store-port';

/** The real append, as an interceptor may call it. */
export type Append = (streamId: string, events: readonly NewEvent[], options: AppendOptions) => Promise<AppendResult>;

/** The same store with `appendToStream` routed through `around`; every other method is the store's own. */
export function interceptAppends(
  store: EventStore,
  around: (append: Append, streamId: string, events: readonly NewEvent[], options: AppendOptions) => Promise<AppendResult>,
): EventStore {
  const append: Append = (streamId, events, options) => store.appendToStream(streamId, events, options);
  return new Proxy(store, {
    get(target, property) {
      if (property === 'appendToStream') {
        return (streamId: string, events: readonly NewEvent[], options: AppendOptions) =>
          around(append, streamId, events, options);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A barrier: the first `count` callers wait until all of them have arrived, later callers pass. */
export function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    arrived += 1;
    if (arrived >= count) open();
    await opened;
  };
}
