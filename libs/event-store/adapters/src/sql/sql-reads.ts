import type { GlobalPosition, ReadAllOptions, ReadStreamOptions } from '@goaltrail/event-store-port';
import { InvalidPositionError } from '@goaltrail/event-store-port';
import type { SqlClient } from './sql-client';
import { eventColumns, type EventRow } from './event-row';

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
  schema: string,
  options: ReadAllOptions,
  pageSize = defaultPageSize,
): AsyncGenerator<EventRow[]> {
  let after = parsePosition(options.fromPosition);
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  const prefixFilter = options.streamPrefix === undefined ? '' : `AND starts_with(stream_id, $3)`;
  while (remaining > 0) {
    const limit = Math.min(pageSize, remaining);
    const params: unknown[] = [after, limit];
    if (options.streamPrefix !== undefined) params.push(options.streamPrefix);
    const rows = await client.query<EventRow>(
      `SELECT ${eventColumns} FROM ${schema}.events
        WHERE global_position > $1::bigint ${prefixFilter}
        ORDER BY global_position LIMIT $2`,
      params,
    );
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    remaining -= rows.length;
    after = (rows[rows.length - 1] as EventRow).position;
  }
}

/** Pages through one stream by revision, forwards or backwards; yields whole pages. */
export async function* readStreamPages(
  client: SqlClient,
  schema: string,
  streamId: string,
  options: ReadStreamOptions,
  pageSize = defaultPageSize,
): AsyncGenerator<EventRow[]> {
  const backwards = options.direction === 'backwards';
  let next = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
  while (remaining > 0 && next >= 0) {
    const limit = Math.min(pageSize, remaining);
    const rows = await client.query<EventRow>(
      `SELECT ${eventColumns} FROM ${schema}.events
        WHERE stream_id = $1 AND stream_revision ${backwards ? '<=' : '>='} $2
        ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamId, next, limit],
    );
    if (rows.length > 0) yield rows;
    if (rows.length < limit) return;
    remaining -= rows.length;
    const last = Number((rows[rows.length - 1] as EventRow).stream_revision);
    next = backwards ? last - 1 : last + 1;
  }
}
