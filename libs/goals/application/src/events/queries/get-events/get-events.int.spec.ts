import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore, NewEvent } from '@goaltrail/event-store-port';
import { openTestStore } from '../../../testing/test-store.fixture';
import { GetEventsHandler } from './get-events.handler';
import { GetEventsQuery } from './get-events.query';

const event = (n: number): NewEvent => ({
  id: crypto.randomUUID(),
  type: 'GoalAdded',
  data: { n },
  metadata: { actor: 'importer', role: 'admin', effectiveAt: '2020-01-01' },
});

describe('GetEvents reads the raw log from the store in pages', () => {
  let store: EventStore;
  let handler: GetEventsHandler;

  beforeAll(async () => {
    store = await openTestStore();
    await store.appendToStream('plan-sn-2020', [1, 2, 3, 4].map(event), { expectedRevision: 'no_stream' });
    await store.appendToStream('committee-sn', [5].map(event), { expectedRevision: 'no_stream' });
    await store.appendToStream('plan-sn-2021', [6, 7].map(event), { expectedRevision: 'no_stream' });
    handler = new GetEventsHandler(store);
  });

  afterAll(() => store.close());

  it('pages through every event with the next cursor, saying when more follow', async () => {
    const seen: number[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    for (let page = await handler.execute(new GetEventsQuery(null, 3)); ; ) {
      seen.push(...page.events.map((e) => e.data['n'] as number));
      pages.push(page.hasMore);
      after = page.next;
      if (!page.hasMore) break;
      page = await handler.execute(new GetEventsQuery(after, 3));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pages).toEqual([true, true, false]);
    expect(after).toBe(await store.headPosition());
    expect(await handler.execute(new GetEventsQuery(after, 3))).toEqual({ events: [], next: after, hasMore: false });
  });

  it('filters by stream prefix and cuts the page size to 1000', async () => {
    const plans = await handler.execute(new GetEventsQuery(null, 5000, 'plan-sn-2021'));
    expect(plans.events.map((e) => [e.streamId, e.revision])).toEqual([
      ['plan-sn-2021', 0],
      ['plan-sn-2021', 1],
    ]);
    const one = await handler.execute(new GetEventsQuery(null, 0));
    expect([one.events.length, one.hasMore]).toEqual([1, true]);
  });
});
