import type { GlobalPosition, ReadAllOptions, ReadStreamOptions } from '@goaltrail/event-store-port';
import { InvalidPositionError } from '@goaltrail/event-store-port';
import type { SqlClient } from './sql-client';
import { eventRowOf, type EventRow } from './event-row';
import type { StoreStatements } from './sql-statements';

/** Rows fetched per query: big enough to amortise a round trip, small enough to bound memory. */
export const defaultPageSize = 1000;

/** A position as the SQL stores write it: a non-negative whole number in decimal. */
export function parsePosition(position: GlobalPosition | undefined): string {
  if (position === undefined) return '0';
  if (!/^\d{1,19}$/.test(position)) {
    throw new InvalidPositionError(position);
  }
  return position;
}

/** Pages through `$all` in position order, one query per page; yields whole pages to keep iteration cheap. */
export async function* readAllPages(
  client: SqlClient,
  statements: StoreStatements,
  options: ReadAllOptions,
  pageSize = defaultPageSize,
): AsyncGenerator<EventRow[]> {
  let after = parsePosition(options.fromPosition);
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  const { streamPrefix } = options;
  while (remaining > 0) {
    const limit = Math.min(pageSize, remaining);
    const answer =
      streamPrefix === undefined
        ? await client.runPrepared(statements.readAll, [after, String(limit)])
        : await client.runPrepared(statements.readAllWithPrefix, [after, String(limit), streamPrefix]);
    const rows = answer.map(eventRowOf);
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    remaining -= rows.length;
    after = (rows[rows.length - 1] as EventRow).position;
  }
}

/** Pages through one stream by revision, forwards or backwards; yields whole pages. */
export async function* readStreamPages(
  client: SqlClient,
  statements: StoreStatements,
  streamId: string,
  options: ReadStreamOptions,
  pageSize = defaultPageSize,
): AsyncGenerator<EventRow[]> {
  const backwards = options.direction === 'backwards';
  let next = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  while (remaining > 0 && next >= 0) {
    const limit = Math.min(pageSize, remaining);
    const statement = backwards ? statements.readStreamBackwards : statements.readStreamForwards;
    const rows = (await client.runPrepared(statement, [streamId, String(next), String(limit)])).map(eventRowOf);
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    remaining -= rows.length;
    const last = Number((rows[rows.length - 1] as EventRow).stream_revision);
    next = backwards ? last - 1 : last + 1;
  }
}
