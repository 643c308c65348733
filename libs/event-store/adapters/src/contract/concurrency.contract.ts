import { WrongExpectedRevisionError, type AppendResult, type RecordedEvent } from '@goaltrail/event-store-port';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, goalEvent, take, type OpenStore, type OpenedStore } from './contract-fixtures';

/** Many writers at once: optimistic concurrency must hold and `$all` readers must miss nothing. */
export function concurrencyContract(open: OpenStore): void {
  describe('concurrent writers', () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await open({});
    });
    afterEach(() => opened.close());

    it('50 writers on one stream: successes contiguous, failures typed, nothing lost or doubled', async () => {
      const { store } = opened;
      const successes: AppendResult[] = [];
      const failures: unknown[] = [];
      const writer = async (n: number) => {
        const event = goalEvent(`writer ${n}`);
        for (;;) {
          const current = await store.streamRevision('plan-shared');
          try {
            successes.push(await store.appendToStream('plan-shared', [event], { expectedRevision: current }));
            return;
          } catch (error) {
            failures.push(error);
            if (!(error instanceof WrongExpectedRevisionError)) return;
          }
        }
      };
      await Promise.all(Array.from({ length: 50 }, (_, n) => writer(n)));

      expect(failures.every((error) => error instanceof WrongExpectedRevisionError)).toBe(true);
      expect(successes.map((s) => s.nextExpectedRevision).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      const stream = await collect(store.readStream('plan-shared'));
      expect(stream.map((e) => e.revision)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(new Set(stream.map((e) => e.data['text'])).size).toBe(50);
      expect(await store.verify()).toMatchObject({ ok: true, checked: 50 });
    });

    it('a subscription sees every event exactly once while writers race on many streams', async () => {
      const { store } = opened;
      const subscription = store.subscribeToAll();
      const total = 20 * 10;
      const received = take(subscription, total, 30_000);
      await Promise.all(
        Array.from({ length: 20 }, async (_, w) => {
          for (let i = 0; i < 10; i += 1) {
            await store.appendToStream(`goal-${w}`, [goalEvent(`${w}.${i}`)], { expectedRevision: 'any' });
          }
        }),
      );
      const seen: RecordedEvent[] = await received;
      await subscription.close();
      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((e) => e.id)).size).toBe(total);
      const positions = seen.map((e) => BigInt(e.position.split('/')[0] as string));
      expect(positions.every((p, i) => i === 0 || p > (positions[i - 1] as bigint))).toBe(true);
    });
  });
}
