import { InvalidPositionError, type EventStore, type NewEvent } from '@goaltrail/event-store-port';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, goalEvent, take, type OpenStore, type OpenedStore } from './contract-fixtures';

const batchOf = (count: number, label: string): NewEvent[] =>
  Array.from({ length: count }, (_, i) => goalEvent(`${label}-${i}`));

/** Reading streams and `$all`, paging, and catch-up subscriptions. */
export function readContract(open: OpenStore): void {
  describe('reading', () => {
    let opened: OpenedStore;
    let store: EventStore;
    beforeEach(async () => {
      opened = await open({});
      store = opened.store;
    });
    afterEach(() => opened.close());

    it('reads $all in append order across streams with increasing positions', async () => {
      await store.appendToStream('plan-sn-2005', [goalEvent('p1')], { expectedRevision: 'any' });
      await store.appendToStream('goal-1', [goalEvent('g1'), goalEvent('g2')], { expectedRevision: 'any' });
      await store.appendToStream('plan-sn-2005', [goalEvent('p2')], { expectedRevision: 'any' });
      const all = await collect(store.readAll());
      expect(all.map((e) => e.data['text'])).toEqual(['p1', 'g1', 'g2', 'p2']);
      expect(all.map((e) => e.streamId)).toEqual(['plan-sn-2005', 'goal-1', 'goal-1', 'plan-sn-2005']);
      expect(await store.headPosition()).toBe(all[3]?.position);
    });

    it('reads after a position (exclusive), at most maxCount, and by stream prefix', async () => {
      await store.appendToStream('plan-1', [goalEvent('p1')], { expectedRevision: 'any' });
      await store.appendToStream('goal-1', [goalEvent('g1')], { expectedRevision: 'any' });
      await store.appendToStream('plan-2', [goalEvent('p2'), goalEvent('p3')], { expectedRevision: 'any' });
      const [first] = await collect(store.readAll({ maxCount: 1 }));
      const rest = await collect(store.readAll({ fromPosition: first?.position }));
      expect(rest.map((e) => e.data['text'])).toEqual(['g1', 'p2', 'p3']);
      const plans = await collect(store.readAll({ streamPrefix: 'plan-', maxCount: 2 }));
      expect(plans.map((e) => e.data['text'])).toEqual(['p1', 'p2']);
    });

    it('pages through more events than one page holds, in order, without loss', async () => {
      for (let i = 0; i < 25; i += 1) {
        await store.appendToStream(`goal-${i % 3}`, batchOf(100, `b${i}`), { expectedRevision: 'any' });
      }
      const all = await collect(store.readAll());
      expect(all).toHaveLength(2500);
      expect(new Set(all.map((e) => e.id)).size).toBe(2500);
      const stream = await collect(store.readStream('goal-0'));
      expect(stream.map((e) => e.revision)).toEqual(Array.from({ length: 900 }, (_, i) => i));
    });

    it('reads a stream backwards from a revision, at most maxCount', async () => {
      await store.appendToStream('goal-1', batchOf(5, 'w'), { expectedRevision: 'no_stream' });
      const back = await collect(store.readStream('goal-1', { direction: 'backwards', fromRevision: 3, maxCount: 2 }));
      expect(back.map((e) => e.revision)).toEqual([3, 2]);
      const newest = await collect(store.readStream('goal-1', { direction: 'backwards', maxCount: 1 }));
      expect(newest.map((e) => e.data['text'])).toEqual(['w-4']);
      expect(await collect(store.readStream('goal-missing'))).toEqual([]);
    });

    it('refuses a position this store never produced', async () => {
      await expect(collect(store.readAll({ fromPosition: 'not-a-position' }))).rejects.toBeInstanceOf(InvalidPositionError);
    });
  });

  describe('subscriptions', () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await open({});
    });
    afterEach(() => opened.close());

    it('catches up, then delivers live events, and resumes from a checkpoint', async () => {
      const { store } = opened;
      await store.appendToStream('goal-1', batchOf(3, 'old'), { expectedRevision: 'no_stream' });
      const subscription = store.subscribeToAll();
      const caughtUp = await take(subscription, 3);
      expect(caughtUp.map((e) => e.data['text'])).toEqual(['old-0', 'old-1', 'old-2']);
      await store.appendToStream('goal-2', batchOf(2, 'live'), { expectedRevision: 'no_stream' });
      const live = await take(subscription, 2);
      expect(live.map((e) => e.data['text'])).toEqual(['live-0', 'live-1']);
      await subscription.close();

      const checkpoint = live[0]?.position;
      await store.appendToStream('goal-3', batchOf(1, 'later'), { expectedRevision: 'no_stream' });
      const resumed = store.subscribeToAll({ fromPosition: checkpoint });
      const rest = await take(resumed, 2);
      expect(rest.map((e) => e.data['text'])).toEqual(['live-1', 'later-0']);
      await resumed.close();
    });

    it('ends iteration when closed while waiting', async () => {
      const subscription = opened.store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      const pending = iterator.next();
      await subscription.close();
      expect((await pending).done).toBe(true);
    });
  });
}
