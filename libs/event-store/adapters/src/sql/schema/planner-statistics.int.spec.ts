import { uniqueSchemaName } from '@goaltrail/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goalEvent } from '../../contract/contract-fixtures';
import { openPgliteClient } from '../pglite-client';
import type { SqlClient } from '../sql-client';
import { SqlEventStore } from '../sql-event-store';
import { refreshPlannerStatistics } from './planner-statistics';

describe('planner statistics of the events table (real PGlite, which runs no autovacuum)', () => {
  let client: SqlClient;
  const schema = uniqueSchemaName('stats');
  const analysedRows = async () =>
    Number(
      (
        await client.query<{ reltuples: number }>(
          `SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = 'events'`,
          [schema],
        )
      )[0]?.reltuples,
    );
  /** The plan of a catch-up page: prefix-filtered, after an early checkpoint. */
  const catchUpPlan = async () =>
    (
      await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT * FROM ${schema}.events WHERE global_position > 10 AND starts_with(stream_id, 'indicator-')
          ORDER BY global_position LIMIT 1000`,
      )
    )
      .map((row) => row['QUERY PLAN'])
      .join('\n');

  beforeAll(async () => {
    client = await openPgliteClient();
    const store = await SqlEventStore.open(client, schema);
    // 3,000 events in 30 streams of one category, as a Kolada import leaves them.
    for (let stream = 0; stream < 30; stream += 1) {
      const events = Array.from({ length: 100 }, (_, i) => goalEvent(`Mätvärde ${stream}.${i}`));
      await store.appendToStream(`indicator-${stream}`, events, { expectedRevision: 'no_stream' });
    }
  });
  afterAll(async () => client.close());

  it('gathers them once the log has outgrown them, and the catch-up page then walks the position index', async () => {
    expect(await analysedRows()).toBe(-1);
    expect(await catchUpPlan()).not.toMatch(/^Limit.*\n\s+->\s+Index Scan using events_pkey/);
    expect(await refreshPlannerStatistics(client, schema)).toBe(true);
    expect(await analysedRows()).toBe(3000);
    expect(await catchUpPlan()).toMatch(/^Limit.*\n\s+->\s+Index Scan using events_pkey/);
  });

  it('leaves fresh statistics alone', async () => {
    expect(await refreshPlannerStatistics(client, schema)).toBe(false);
  });

  it('is what opening the store does, once the log has grown by a fifth and a thousand', async () => {
    const store = await SqlEventStore.open(client, schema);
    const more = (count: number, stream: string) =>
      store.appendToStream(stream, Array.from({ length: count }, (_, i) => goalEvent(`Nytt ${i}`)), { expectedRevision: 'no_stream' });
    await more(1000, 'indicator-a');
    await SqlEventStore.open(client, schema);
    expect(await analysedRows()).toBe(3000);
    await more(1000, 'indicator-b');
    await SqlEventStore.open(client, schema);
    expect(await analysedRows()).toBe(5000);
  });

  it('does nothing on a small store', async () => {
    const small = uniqueSchemaName('stats');
    const store = await SqlEventStore.open(client, small);
    await store.appendToStream('indicator-1', [goalEvent('Ett mål')], { expectedRevision: 'no_stream' });
    expect(await refreshPlannerStatistics(client, small)).toBe(false);
  });
});
