import pg from 'pg';
import type { SqlClient, TextRow } from './sql-client';

/** Every cell as the server wrote it, as PGlite's prepared path answers too. */
const asText = { getTypeParser: () => (value: string) => value };

/** A pooled connection to a real PostgreSQL server. */
export function openPostgresClient(connectionString: string, maxConnections = 10): SqlClient {
  const pool = new pg.Pool({ connectionString, max: maxConnections, application_name: 'goaltrail' });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows as Row[];
    },
    async runPrepared(statement, params) {
      // node-postgres prepares a named statement once on each pooled connection, then binds and executes it.
      const result = await pool.query({ name: statement.name, text: statement.text, values: [...params], types: asText });
      return result.rows as TextRow[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async close() {
      await pool.end();
    },
  };
}
