import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The test server: TEST_DATABASE_URL, or the local PostgreSQL every build machine runs. */
export function postgresTestUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** True when a connection to the server succeeds within two seconds. */
export async function postgresReachable(url = postgresTestUrl()): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other test run will pick, e.g. `t_store_k3j9x0`. */
export function uniqueSchemaName(prefix: string): string {
  return `t_${prefix}_${randomBytes(5).toString('hex')}`.toLowerCase();
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string, url = postgresTestUrl()): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`refusing to drop odd schema name ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** How to get PostgreSQL on a build machine, for skip lines. */
export const postgresHowToGet =
  'start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start (or set TEST_DATABASE_URL)';
