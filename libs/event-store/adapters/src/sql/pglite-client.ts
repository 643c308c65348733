import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { SqlClient } from './sql-client';

/** Opens the embedded store: a directory on disk, or memory when `dataDir` is undefined. */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  return {
    kind: 'pglite',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
