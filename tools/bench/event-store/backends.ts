import { PGlite } from '@electric-sql/pglite';
import { createEventStore, pgliteStartParams, type EventStore } from '@goaltrail/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { RawEngine } from './raw-engine';

/** A library store and a raw engine on the same kind of database, both empty. */
export interface BenchBackend {
  name: string;
  store: EventStore;
  raw: RawEngine;
  close(): Promise<void>;
}

/** Two file-backed PGlite databases in a temp directory: one for the library, one for raw SQL. */
export async function openPgliteBackend(): Promise<BenchBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-bench-'));
  const store = await createEventStore({ kind: 'pglite', dataDir: join(dir, 'library') });
  const rawDb = await PGlite.create({ dataDir: join(dir, 'raw'), startParams: pgliteStartParams() });
  const raw = new RawEngine((text, params) => rawDb.query(text, params));
  await raw.setUp();
  return {
    name: 'pglite (file)',
    store,
    raw,
    close: async () => {
      await store.close();
      await rawDb.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the PostgreSQL server, dropped afterwards. */
export async function openPostgresBackend(serverUrl: string): Promise<BenchBackend> {
  const database = `goaltrail_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const store = await createEventStore({ kind: 'postgres', connectionString: url.toString() });
  const rawClient = new pg.Client({ connectionString: url.toString() });
  await rawClient.connect();
  const raw = new RawEngine((text, params) => rawClient.query(text, params));
  await raw.setUp();
  return {
    name: 'postgres',
    store,
    raw,
    close: async () => {
      await store.close();
      await rawClient.end();
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.end();
    },
  };
}
