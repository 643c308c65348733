import { randomUUID } from 'node:crypto';
import { serviceAvailable } from '@goaltrail/testing';
import { describe, expect, it } from 'vitest';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { createKurrentDbEventStore } from './kurrentdb-event-store';

const url = process.env['KURRENTDB_URL'];
const available = serviceAvailable(
  {
    service: 'KurrentDB',
    neededFor: 'KurrentDB adapter contract tests',
    howToGet: 'start one with docker compose up kurrentdb and set KURRENTDB_URL=kurrentdb://localhost:2113?tls=false',
    optionalInCi: true,
  },
  Boolean(url),
);

// A KurrentDB server keeps its data between runs and events cannot be deleted, so every opened
// store gets a namespace of its own: it sees an empty log, and runs never collide.
const run = randomUUID().slice(0, 8);
let opened = 0;
const freshNamespace = () => `gt-test-${run}-${(opened += 1)}-`;

describe.skipIf(!available)('kurrentdb adapter', () => {
  // No `tamper`: KurrentDB events are immutable, so the contract skips its tamper test here;
  // kurrentdb-event-store.unit.spec.ts checks verify() against changed events instead.
  describeEventStoreContract('kurrentdb', async (options) => {
    const store = createKurrentDbEventStore({ connectionString: url ?? '', namespace: freshNamespace(), ...options });
    return { store, close: () => store.close() };
  });

  it('keeps $chain and $schemaVersion out of the metadata it returns', async () => {
    const store = createKurrentDbEventStore({ connectionString: url ?? '', namespace: freshNamespace() });
    try {
      const event = {
        id: randomUUID(),
        type: 'GoalAdded',
        data: { text: 'Trygg kommun' },
        metadata: { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01' },
      };
      const { position } = await store.appendToStream('goal-1', [event], { expectedRevision: 'no_stream' });
      expect(position).toMatch(/^\d+\/\d+$/);
      const [read] = await collectAll(store.readStream('goal-1'));
      expect(Object.keys(read?.metadata ?? {}).sort()).toEqual(['actor', 'effectiveAt', 'recordedAt', 'role']);
      expect(read?.position).toBe(position);
    } finally {
      await store.close();
    }
  });
});

async function collectAll<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
