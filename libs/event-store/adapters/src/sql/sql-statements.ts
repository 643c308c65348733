import { createHash } from 'node:crypto';
import { eventColumns } from './event-row';
import type { PreparedStatement } from './sql-client';

/** The statements a store runs on every append and read, prepared once per connection. */
export interface StoreStatements {
  readonly append: PreparedStatement;
  readonly readAll: PreparedStatement;
  readonly readAllWithPrefix: PreparedStatement;
  readonly readStreamForwards: PreparedStatement;
  readonly readStreamBackwards: PreparedStatement;
}

/** Named per schema, since one connection may serve stores in several schemas (the contract tests do). */
export function storeStatements(schema: string): StoreStatements {
  const tag = createHash('sha256').update(schema).digest('hex').slice(0, 16);
  const statement = (name: string, text: string) => ({ name: `gt_${name}_${tag}`, text });
  const readAll = (filter: string) =>
    `SELECT ${eventColumns} FROM ${schema}.events e WHERE e.global_position > $1::bigint ${filter} ORDER BY e.global_position LIMIT $2::bigint`;
  const readStream = (direction: 'forwards' | 'backwards') =>
    // Ordered by the table's column (e.), not the text column of the same name the select writes.
    `SELECT ${eventColumns} FROM ${schema}.events e
      WHERE e.stream_id = $1 AND e.stream_revision ${direction === 'backwards' ? '<=' : '>='} $2::bigint
      ORDER BY e.stream_revision ${direction === 'backwards' ? 'DESC' : 'ASC'} LIMIT $3::bigint`;
  return {
    append: statement('append', `SELECT next_revision, last_position FROM ${schema}.gt_append($1, $2, $3::jsonb, $4)`),
    readAll: statement('read_all', readAll('')),
    readAllWithPrefix: statement('read_prefix', readAll('AND starts_with(e.stream_id, $3)')),
    readStreamForwards: statement('read_forwards', readStream('forwards')),
    readStreamBackwards: statement('read_backwards', readStream('backwards')),
  };
}
