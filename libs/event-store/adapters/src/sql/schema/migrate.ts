import type { SqlClient } from '../sql-client';
import { migrations } from './migrations';
import { lockKeys } from './schema-name';

/**
 * Brings the schema up to the newest version. Each step is sent as one multi-statement query,
 * which PostgreSQL runs as one implicit transaction (all or nothing), under an advisory lock
 * so two processes starting at once cannot apply a step twice.
 */
export async function migrate(client: SqlClient, schema: string): Promise<number[]> {
  await client.exec(`
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);`);
  const rows = await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`);
  const applied = new Set(rows.map((row) => Number(row.version)));
  const { migrate: lock } = lockKeys(schema);
  const ran: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await client.exec(`
SELECT pg_advisory_xact_lock(${lock});
${migration.sql(schema)}
INSERT INTO ${schema}.schema_migrations (version, name)
  VALUES (${migration.version}, '${migration.name.replace(/'/g, "''")}') ON CONFLICT (version) DO NOTHING;`);
    ran.push(migration.version);
  }
  return ran;
}
