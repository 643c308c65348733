import { PGlite } from '@electric-sql/pglite';
import { pgliteStartParams, writeHeavyBufferPool, type EventStoreConfig } from '@goaltrail/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Query } from '../event-store/raw-engine';

/** A bare database of the same kind as a store, for the raw-INSERT yardstick. */
export interface RawDatabase {
  query: Query;
  close(): Promise<void>;
}

/** One backend of the benchmark: an empty store, how a child process reaches it, and a raw database beside it. */
export interface KoladaBackend {
  name: string;
  /** How this process opens the store (for the untimed setup). */
  config: EventStoreConfig;
  /** The variables the CLI and the API read to reach the same store. */
  env: Record<string, string>;
  /** Data directory handed to the API (used only by the embedded store). */
  dataDir: string;
  databaseUrl?: string;
  openRaw(): Promise<RawDatabase>;
  /** Removes every trace: the temp directory, or the database. */
  drop(): Promise<void>;
}

/**
 * The embedded store, file-backed in a temporary directory as the CLI's default is; raw SQL in a second PGlite
 * started as the CLI's import starts it (the write-heavy buffer pool), so the yardstick runs the same engine.
 */
export function pgliteBackend(): KoladaBackend {
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-kolada-bench-'));
  const dataDir = join(dir, 'store');
  return {
    name: 'pglite (file)',
    config: { kind: 'pglite', dataDir },
    env: { EVENT_STORE: 'pglite', DATA_DIR: dataDir },
    dataDir,
    openRaw: async () => {
      const db = await PGlite.create({ dataDir: join(dir, 'raw'), startParams: pgliteStartParams(writeHeavyBufferPool) });
      return { query: (text, params) => db.query(text, params), close: () => db.close() };
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh database on the PostgreSQL server (created here, dropped by `drop`); raw SQL in a bare table of it. */
export async function postgresBackend(serverUrl: string): Promise<KoladaBackend> {
  const database = `goaltrail_kolada_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-kolada-bench-'));
  return {
    name: 'postgres',
    config: { kind: 'postgres', connectionString: databaseUrl },
    env: { EVENT_STORE: 'postgres', DATABASE_URL: databaseUrl },
    dataDir: dir,
    databaseUrl,
    openRaw: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return { query: (text, params) => client.query(text, params), close: () => client.end() };
    },
    drop: async () => {
      // WITH (FORCE): a child that died mid-run may still hold a connection.
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
