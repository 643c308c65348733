import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { SqlClient } from './sql-client';

/**
 * PostgreSQL's buffer pool inside PGlite. PGlite keeps the default 128 MB, all of it resident from the
 * start in the WebAssembly heap, while on disk the operating system caches the same pages again. 32 MB
 * takes about 100 MB off every process that opens the store and measured no slower on appends and reads
 * (docs/performance.md); it is what keeps a million-row import under its memory budget.
 */
export const pgliteSharedBuffers = '32MB';

/** How the embedded store starts PostgreSQL: PGlite's own parameters and the smaller buffer pool. */
export function pgliteStartParams(): string[] {
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${pgliteSharedBuffers}`];
}

/** Opens the embedded store: a directory on disk, or memory when `dataDir` is undefined. */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const startParams = pgliteStartParams();
  const db = await PGlite.create(dataDir ? { dataDir, startParams } : { startParams });
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
