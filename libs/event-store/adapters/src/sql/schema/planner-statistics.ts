import type { SqlClient } from '../sql-client';

/** Below this many events any plan is fast: no ANALYZE on a small store's start. */
const smallStore = 1_000;
/** The log has grown stale for the planner once it is this much larger than the last ANALYZE saw. */
const staleGrowth = 1.2;

/**
 * Refreshes the planner's statistics of the events table when the log has outgrown them; returns whether
 * it did. A catch-up read pages `$all` after a checkpoint, filtered by stream prefix: with statistics the
 * planner walks the position index in order (about 1 ms a page); without them it guesses that few rows
 * match and reads and sorts every later event for each page (hundreds of ms a page at 300,000 events), so
 * catching up costs the square of the log. PGlite runs no autovacuum and so never gathers statistics by
 * itself; PostgreSQL's autovacuum lags behind a bulk import. Compared against the highest position (one
 * index probe), not the collector's counters, which a crash or an embedded restart may have lost.
 */
export async function refreshPlannerStatistics(client: SqlClient, schema: string): Promise<boolean> {
  const [row] = await client.query<{ events: string | null; analysed: number | null }>(
    `SELECT (SELECT max(global_position) FROM ${schema}.events)::text AS events,
            (SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = $1 AND c.relname = 'events') AS analysed`,
    [schema],
  );
  const events = Number(row?.events ?? 0);
  // reltuples is -1 until the first ANALYZE or VACUUM.
  const analysed = Number(row?.analysed ?? -1);
  if (events < smallStore || (analysed >= 0 && events <= analysed * staleGrowth + smallStore)) return false;
  await client.exec(`ANALYZE ${schema}.events`);
  return true;
}
