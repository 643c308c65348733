import { InvalidAppendError, WrongExpectedRevisionError, type EventStore } from '@goaltrail/event-store-port';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect, goalEvent, logSize, tickingClock, type OpenStore, type OpenedStore } from './contract-fixtures';

async function refusal<E extends Error>(attempt: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** Appending: revisions, every expected-revision case, idempotent retries. */
export function appendContract(open: OpenStore): void {
  describe('appending', () => {
    let opened: OpenedStore;
    let store: EventStore;
    beforeEach(async () => {
      opened = await open({ clock: tickingClock() });
      store = opened.store;
    });
    afterEach(() => opened.close());

    it('numbers a new stream from revision 0 and stamps the store clock', async () => {
      const result = await store.appendToStream('goal-1', [goalEvent('a'), goalEvent('b')], { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1);
      const events = await collect(store.readStream('goal-1'));
      expect(events.map((e) => [e.revision, e.data['text']])).toEqual([[0, 'a'], [1, 'b']]);
      expect(events[1]?.position).toBe(result.position);
      expect(events[0]?.metadata).toMatchObject({ actor: 'anna', role: 'planner', effectiveAt: '2021-01-01', recordedAt: '2026-03-01T09:00:00.000Z' });
      expect(await store.streamRevision('goal-1')).toBe(1);
      expect(await store.streamRevision('goal-2')).toBe('no_stream');
    });

    it('appends at the exact expected revision and refuses a stale one with the actual revision', async () => {
      await store.appendToStream('goal-1', [goalEvent('a')], { expectedRevision: 'no_stream' });
      await store.appendToStream('goal-1', [goalEvent('b')], { expectedRevision: 0 });
      const error = await refusal(store.appendToStream('goal-1', [goalEvent('c')], { expectedRevision: 0 }), WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId: 'goal-1', expected: 0, actual: 1 });
      expect(await store.streamRevision('goal-1')).toBe(1);
    });

    it("refuses 'no_stream' for an existing stream and 'stream_exists' for a missing one", async () => {
      await store.appendToStream('goal-1', [goalEvent('a')], { expectedRevision: 'any' });
      const exists = await refusal(store.appendToStream('goal-1', [goalEvent('b')], { expectedRevision: 'no_stream' }), WrongExpectedRevisionError);
      expect(exists.actual).toBe(0);
      const missing = await refusal(store.appendToStream('goal-2', [goalEvent('b')], { expectedRevision: 'stream_exists' }), WrongExpectedRevisionError);
      expect(missing.actual).toBe('no_stream');
      const numeric = await refusal(store.appendToStream('goal-3', [goalEvent('b')], { expectedRevision: 4 }), WrongExpectedRevisionError);
      expect(numeric.actual).toBe('no_stream');
      expect(await logSize(store)).toBe(1);
    });

    it("accepts 'stream_exists' and 'any' when they hold", async () => {
      await store.appendToStream('goal-1', [goalEvent('a')], { expectedRevision: 'any' });
      await store.appendToStream('goal-1', [goalEvent('b')], { expectedRevision: 'stream_exists' });
      const result = await store.appendToStream('goal-1', [goalEvent('c')], { expectedRevision: 'any' });
      expect(result.nextExpectedRevision).toBe(2);
    });

    it('stores a retried append once and answers it as before', async () => {
      const batch = [goalEvent('a'), goalEvent('b')];
      const first = await store.appendToStream('goal-1', batch, { expectedRevision: 'no_stream' });
      const retry = await store.appendToStream('goal-1', batch, { expectedRevision: 'no_stream' });
      expect(retry).toEqual(first);
      const anyRetry = await store.appendToStream('goal-1', batch, { expectedRevision: 'any' });
      expect(anyRetry.nextExpectedRevision).toBe(1);
      expect(await logSize(store)).toBe(2);
    });

    it('refuses a batch that is partly a repeat, writing nothing', async () => {
      const a = goalEvent('a');
      await store.appendToStream('goal-1', [a], { expectedRevision: 'no_stream' });
      const error = await refusal(store.appendToStream('goal-1', [a, goalEvent('b')], { expectedRevision: 'any' }), InvalidAppendError);
      expect(error.code).toBe('DUPLICATE_EVENT_ID');
      expect(await logSize(store)).toBe(1);
    });

    it('lets the same event id live in two different streams', async () => {
      const shared = goalEvent('a');
      await store.appendToStream('goal-1', [shared], { expectedRevision: 'any' });
      await store.appendToStream('goal-2', [shared], { expectedRevision: 'any' });
      expect(await logSize(store)).toBe(2);
    });
  });

  describe('bad input', () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await open({ maxEventBytes: 4096 });
      await opened.store.appendToStream('goal-1', [goalEvent('first')], { expectedRevision: 'no_stream' });
    });
    afterEach(() => opened.close());

    it.each([
      ['an empty batch', 'goal-1', [], 'any', 'EMPTY_BATCH'],
      ['an unknown expected revision', 'goal-1', [goalEvent('x')], 'latest', 'INVALID_EXPECTED_REVISION'],
      ['an oversize event', 'goal-1', [goalEvent('x'.repeat(5000))], 'any', 'EVENT_TOO_LARGE'],
      ['non-JSON data', 'goal-1', [goalEvent('x', { data: { value: Number.NaN } })], 'any', 'INVALID_EVENT'],
      ['a reserved stream id', '$all', [goalEvent('x')], 'any', 'INVALID_STREAM_ID'],
    ] as const)('refuses %s with a typed error and writes nothing', async (_label, stream, events, expected, code) => {
      const before = await opened.store.headPosition();
      const attempt = opened.store.appendToStream(stream, [...events], { expectedRevision: expected as never });
      const error = await refusal(attempt, InvalidAppendError);
      expect(error.code).toBe(code);
      expect(await opened.store.headPosition()).toBe(before);
      expect(await logSize(opened.store)).toBe(1);
    });

    it('refuses a batch with one bad event among good ones, writing none of them', async () => {
      const batch = [goalEvent('ok'), goalEvent('bad', { type: 'not a type' }), goalEvent('ok too')];
      await refusal(opened.store.appendToStream('goal-2', batch, { expectedRevision: 'any' }), InvalidAppendError);
      expect(await opened.store.streamRevision('goal-2')).toBe('no_stream');
    });
  });
}
