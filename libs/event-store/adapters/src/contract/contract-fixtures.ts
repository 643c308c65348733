import type { EventStore, NewEvent, RecordedEvent, Upcaster } from '@goaltrail/event-store-port';
import { randomUUID } from 'node:crypto';

/** What the contract suite needs to open a fresh, empty store of one kind. */
export interface ContractStoreOptions {
  clock?: () => Date;
  upcasters?: Upcaster[];
  maxEventBytes?: number;
}

export interface OpenedStore {
  store: EventStore;
  /** Changes one stored byte of the event at `position`, behind the store's back (SQL stores only). */
  tamper?: (position: string) => Promise<void>;
  close(): Promise<void>;
}

export type OpenStore = (options: ContractStoreOptions) => Promise<OpenedStore>;

/** A fixed clock that ticks one second per call, so recordedAt values are predictable. */
export function tickingClock(start = '2026-03-01T09:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += 1000) - 1000);
}

/** A goal-like event with a fresh id. */
export function goalEvent(text: string, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'GoalReworded',
    data: { text, kind: 'effect' },
    metadata: { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01', reason: 'tydligare formulering' },
    ...overrides,
  };
}

/** Collects an async iterable (tests only: production code pages). */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Reads from a subscription until `count` events arrived or the deadline passes. */
export async function take(iterable: AsyncIterable<RecordedEvent>, count: number, timeoutMs = 10_000): Promise<RecordedEvent[]> {
  const items: RecordedEvent[] = [];
  if (count === 0) return items;
  const iterator = iterable[Symbol.asyncIterator]();
  const deadline = Date.now() + timeoutMs;
  while (items.length < count) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`subscription delivered ${items.length} of ${count} events in time`);
    const next = await Promise.race([
      iterator.next(),
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), left)),
    ]);
    if (next === 'timeout' || next.done) break;
    items.push(next.value);
  }
  return items;
}

/** Everything in the log, for "nothing was written" checks. */
export async function logSize(store: EventStore): Promise<number> {
  return (await collect(store.readAll())).length;
}
