import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { PglitePreparedStatements } from './pglite-prepared';
import type { SqlClient } from './sql-client';

/** PostgreSQL's buffer pool inside PGlite, as its setting is written: `32MB`, `131072kB`, `1GB`. */
export type PgliteBufferPool = `${number}${'kB' | 'MB' | 'GB'}`;

/**
 * How the embedded store starts PostgreSQL: PGlite's own parameters, and a buffer pool other than PGlite's
 * 128 MB when one is given. The pool is resident from the start in the WebAssembly heap; a smaller one takes
 * memory off the process but makes every page it no longer holds a file read (docs/performance.md measures
 * both), so only a process that writes much and reads little should ask for one.
 */
export function pgliteStartParams(bufferPool?: PgliteBufferPool): string[] {
  if (bufferPool !== undefined && !/^[1-9]\d*(kB|MB|GB)$/.test(bufferPool)) {
    throw new RangeError(`a PGlite buffer pool is a size such as 32MB (got "${bufferPool}")`);
  }
  return [...PGlite.defaultStartParams, ...(bufferPool ? ['-c', `shared_buffers=${bufferPool}`] : [])];
}

/**
 * The pool for a process that appends much and reads back little, such as a one-shot import: 128 MB would
 * mostly hold pages it just wrote, and about 100 MB less keeps a million-row import within its memory budget.
 */
export const writeHeavyBufferPool: PgliteBufferPool = '32MB';

/** How to open the embedded store. */
export interface PgliteClientOptions {
  bufferPool?: PgliteBufferPool;
}

/** Opens the embedded store: a directory on disk, or memory when `dataDir` is undefined. */
export async function openPgliteClient(dataDir?: string, options: PgliteClientOptions = {}): Promise<SqlClient> {
  const startParams = pgliteStartParams(options.bufferPool);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir, startParams } : { startParams });
  const prepared = new PglitePreparedStatements(db);
  return {
    kind: 'pglite',
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    runPrepared: (statement, params) => prepared.run(statement, params),
    async exec(text: string) {
      await db.exec(text);
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
