import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@goaltrail/event-store-port';
import { GoalsReadModel } from '../read-model/goals-read-model';
import { writeBulkHistory } from '../testing/bulk-history.fixture';
import { openTestStore } from '../testing/test-store.fixture';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjections } from './rebuild-projections';

// 5,000 events keep CI quick; GOALTRAIL_CATCHUP_EVENTS=100000 gives the numbers in the README.
const target = Number(process.env['GOALTRAIL_CATCHUP_EVENTS'] ?? 5000);
const timeout = Math.max(60_000, target * 3);

describe(`catch-up of the goals projection over a log of ~${target} events (PGlite in memory)`, () => {
  let store: EventStore;
  let written = 0;

  beforeAll(async () => {
    store = await openTestStore();
    const started = performance.now();
    written = await writeBulkHistory(store, target);
    console.log(`wrote ${written} events in ${seconds(started)} s`);
  }, timeout);

  afterAll(() => store.close());

  it('a rebuild from zero and a subscription catch-up both reach the head and agree', async () => {
    let started = performance.now();
    let read = 0;
    for await (const _event of store.readAll()) read += 1;
    const readSeconds = seconds(started);

    const heapBefore = process.memoryUsage().heapUsed;
    started = performance.now();
    const rebuilt = await rebuildProjections(store);
    const rebuildSeconds = seconds(started);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

    const runner = new ProjectionRunner(store, new GoalsReadModel());
    started = performance.now();
    await runner.start();
    const catchUpSeconds = seconds(started);
    await runner.stop();

    console.log(
      `${written} events: reading the log alone ${readSeconds} s, rebuild (readAll pages of 1000) ${rebuildSeconds} s, ` +
        `subscription catch-up ${catchUpSeconds} s, model heap ≈ ${heapMb.toFixed(0)} MB`,
    );
    expect([rebuilt.eventCount, read]).toEqual([written, written]);
    expect(runner.model.checkpoint).toBe(await store.headPosition());
    expect(runner.model.fingerprint()).toBe(rebuilt.fingerprint());
  }, timeout);
});

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
