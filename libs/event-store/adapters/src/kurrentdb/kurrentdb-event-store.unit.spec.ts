import { genesisHash, type NewEvent } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { FakeKurrentDbClient } from './kurrentdb-client.fake';
import { createKurrentDbEventStoreOn } from './kurrentdb-event-store';
import { pageSize } from './kurrentdb-reads';

// The shared contract, run against the adapter on an in-memory stand-in for the KurrentDB client.
// It proves the adapter's own logic (paging, chaining, retries, subscriptions) here, where no
// server can run; kurrentdb-event-store.int.spec.ts runs the same contract on a real server.
describeEventStoreContract('KurrentDB adapter on a fake client', async (options) => {
  const client = new FakeKurrentDbClient({ statsEvery: 3 });
  const store = createKurrentDbEventStoreOn(client, { ...options, namespace: 'contract-' });
  const tamper = async (position: string) =>
    client.rewrite(position, (event) => ({ ...event, data: { ...(event.data as object), text: 'changed' } }));
  return { store, tamper, close: () => store.close() };
});

const goalEvent = (text: string): NewEvent => ({
  id: crypto.randomUUID(),
  type: 'GoalReworded',
  data: { text },
  metadata: { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01' },
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('KurrentDB adapter specifics (fake client)', () => {
  it('stores the chain link and schema version in KurrentDB metadata and hides them from readers', async () => {
    const client = new FakeKurrentDbClient();
    const store = createKurrentDbEventStoreOn(client, { clock: () => new Date('2026-03-01T09:00:00Z') });
    await store.appendToStream('goal-1', [goalEvent('a')], { expectedRevision: 'no_stream' });
    expect(client.log[0]?.metadata).toMatchObject({
      $schemaVersion: 1,
      $chain: { prev: genesisHash.toString('hex'), hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const [event] = await collect(store.readStream('goal-1'));
    expect(event?.metadata).toEqual({
      actor: 'anna',
      role: 'planner',
      effectiveAt: '2021-01-01',
      recordedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(event?.position).toMatch(/^\d+\/\d+$/);
  });

  it('skips system events in $all, in subscriptions and for the head position', async () => {
    const client = new FakeKurrentDbClient();
    const store = createKurrentDbEventStoreOn(client);
    client.writeSystemEvent();
    await store.appendToStream('goal-1', [goalEvent('a')], { expectedRevision: 'no_stream' });
    client.writeSystemEvent('$$goal-1', '$metadata');
    client.writeSystemEvent('$ce-goal', '$>');
    const all = await collect(store.readAll());
    expect(all.map((e) => e.streamId)).toEqual(['goal-1']);
    expect(await store.headPosition()).toBe(all[0]?.position);
    const subscription = store.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ streamId: 'goal-1' });
    await subscription.close();
    expect(await store.verify()).toMatchObject({ ok: true, checked: 1 });
  });

  it('ends open subscriptions when the store closes, and resumes strictly after a checkpoint', async () => {
    const client = new FakeKurrentDbClient();
    const store = createKurrentDbEventStoreOn(client);
    await store.appendToStream('goal-1', [goalEvent('a'), goalEvent('b')], { expectedRevision: 'no_stream' });
    const [first] = await collect(store.readAll({ maxCount: 1 }));
    const resumed = store.subscribeToAll({ fromPosition: first?.position });
    const iterator = resumed[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ data: { text: 'b' } });
    const pending = iterator.next();
    await store.close();
    expect((await pending).done).toBe(true);
    expect(() => store.subscribeToAll({ fromPosition: '12' })).toThrow(/not a position/);
  });

  it('never asks KurrentDB for more than one page at a time', async () => {
    const client = new FakeKurrentDbClient();
    const store = createKurrentDbEventStoreOn(client);
    const batch = Array.from({ length: 1200 }, (_, i) => goalEvent(`e${i}`));
    await store.appendToStream('goal-1', batch, { expectedRevision: 'no_stream' });
    expect(await collect(store.readAll())).toHaveLength(1200);
    expect(await collect(store.readStream('goal-1', { direction: 'backwards' }))).toHaveLength(1200);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 1200 });
    expect(Math.max(...client.readSizes)).toBeLessThanOrEqual(pageSize);
  });

  it('writes nothing to KurrentDB for a refused or retried append', async () => {
    const client = new FakeKurrentDbClient();
    const store = createKurrentDbEventStoreOn(client, { maxEventBytes: 512 });
    await expect(store.appendToStream('goal-1', [goalEvent('x'.repeat(600))], { expectedRevision: 'any' })).rejects.toMatchObject({
      code: 'EVENT_TOO_LARGE',
    });
    const batch = [goalEvent('a')];
    await store.appendToStream('goal-1', batch, { expectedRevision: 'no_stream' });
    await store.appendToStream('goal-1', batch, { expectedRevision: 'no_stream' });
    expect(client.appendCalls).toBe(1);
  });

  it('keeps namespaces apart on one server, each with its own chain', async () => {
    const client = new FakeKurrentDbClient();
    const first = createKurrentDbEventStoreOn(client, { namespace: 'run-1-' });
    const second = createKurrentDbEventStoreOn(client, { namespace: 'run-2-' });
    await first.appendToStream('goal-1', [goalEvent('one')], { expectedRevision: 'no_stream' });
    await second.appendToStream('goal-1', [goalEvent('two')], { expectedRevision: 'no_stream' });
    await first.appendToStream('goal-1', [goalEvent('three')], { expectedRevision: 0 });
    expect((await collect(first.readAll())).map((e) => [e.streamId, e.data['text']])).toEqual([
      ['goal-1', 'one'],
      ['goal-1', 'three'],
    ]);
    expect(client.log.map((e) => e.streamId)).toEqual(['run-1-goal-1', 'run-2-goal-1', 'run-1-goal-1']);
    expect(await first.verify()).toMatchObject({ ok: true, checked: 2 });
    expect(await second.verify()).toMatchObject({ ok: true, checked: 1 });
    expect(() => createKurrentDbEventStoreOn(client, { namespace: '$system-' })).toThrow(/namespace/);
  });

  it('reports an event removed from the middle of the chain', async () => {
    const client = new FakeKurrentDbClient();
    const store = createKurrentDbEventStoreOn(client);
    for (const text of ['a', 'b', 'c']) await store.appendToStream('goal-1', [goalEvent(text)], { expectedRevision: 'any' });
    const [, , after] = await collect(store.readAll());
    client.log.splice(1, 1);
    const result = await store.verify();
    expect(result).toMatchObject({ ok: false, checked: 1, firstBrokenPosition: after?.position });
    expect(result.problem).toMatch(/removed/);
  });
});
