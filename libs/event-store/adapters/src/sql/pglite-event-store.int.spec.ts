import { uniqueSchemaName } from '@goaltrail/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, goalEvent } from '../contract/contract-fixtures';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { openPgliteClient } from './pglite-client';
import type { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';
import { tamperWithEvent } from './tamper';

// Starting PGlite takes a second or two, so the contract shares one in-memory database and gives
// every test a schema of its own, as the PostgreSQL run does.
const shared = openPgliteClient();
afterAll(async () => (await shared).close());

describeEventStoreContract('pglite (in memory)', async (options) => {
  const client = await shared;
  const schema = uniqueSchemaName('store');
  const borrowed: SqlClient = { ...client, close: async () => undefined };
  const store = await SqlEventStore.open(borrowed, schema, options);
  return {
    store,
    tamper: (position) => tamperWithEvent(client, schema, position),
    close: async () => {
      await store.close();
      await client.exec(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
});

describe('pglite on disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'goaltrail-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps events, revisions and the chain across a restart', async () => {
    const first = await SqlEventStore.open(await openPgliteClient(dataDir), 'goaltrail');
    await first.appendToStream('goal-1', [goalEvent('Trygg och säker kommun')], { expectedRevision: 'no_stream' });
    await first.close();

    const second = await SqlEventStore.open(await openPgliteClient(dataDir), 'goaltrail');
    await second.appendToStream('goal-1', [goalEvent('Trygg kommun')], { expectedRevision: 0 });
    const events = await collect(second.readStream('goal-1'));
    expect(events.map((e) => e.data['text'])).toEqual(['Trygg och säker kommun', 'Trygg kommun']);
    expect(await second.verify()).toMatchObject({ ok: true, checked: 2 });
    await second.close();
  });
});
