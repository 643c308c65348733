import { validateAppend } from '@goaltrail/event-store-port';
import { uniqueSchemaName } from '@goaltrail/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, goalEvent } from '../../contract/contract-fixtures';
import { appendPayload } from '../append-payload';
import { openPgliteClient } from '../pglite-client';
import { SqlEventStore } from '../sql-event-store';
import { migrate } from './migrate';
import { eventsTable } from './v1-events-and-append';

describe('schema migrations (real PGlite)', () => {
  const opened = openPgliteClient();
  afterAll(async () => (await opened).close());

  it('brings a new schema to the newest version, and running again changes nothing', async () => {
    const client = await opened;
    const schema = uniqueSchemaName('migrate');
    expect(await migrate(client, schema)).toEqual([1, 2]);
    expect(await migrate(client, schema)).toEqual([]);
  });

  it('upgrades a store written by v1: its chain stays whole and batches append through v2', async () => {
    const client = await opened;
    const schema = uniqueSchemaName('upgrade');
    // A store as v1 left it: its table, its gt_append and one batch written by that function.
    await client.exec(`CREATE SCHEMA ${schema};
      CREATE TABLE ${schema}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
      ${eventsTable.sql(schema)}
      INSERT INTO ${schema}.schema_migrations (version, name) VALUES (1, '${eventsTable.name}');`);
    const v1Batch = [goalEvent('Trygg kommun'), goalEvent('Trygg och säker kommun')];
    const payload = appendPayload('goal-1', validateAppend('goal-1', v1Batch, 'no_stream', new Date().toISOString()));
    const [v1Row] = await client.query<{ next_revision: string }>(
      `SELECT next_revision FROM ${schema}.gt_append('goal-1', 'no_stream', $1::jsonb, $2)`,
      [payload.events, payload.digests],
    );
    expect(Number(v1Row?.next_revision)).toBe(1);

    const store = await SqlEventStore.open({ ...client, close: async () => undefined }, schema);
    const [version] = await client.query<{ version: number }>(`SELECT max(version) AS version FROM ${schema}.schema_migrations`);
    expect(version?.version).toBe(2);
    await store.appendToStream('goal-1', [goalEvent('Tryggare kommun'), goalEvent('Tryggast')], { expectedRevision: 1 });
    expect((await collect(store.readStream('goal-1'))).map((event) => event.data['text'])).toEqual([
      'Trygg kommun',
      'Trygg och säker kommun',
      'Tryggare kommun',
      'Tryggast',
    ]);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 4 });
  });
});
