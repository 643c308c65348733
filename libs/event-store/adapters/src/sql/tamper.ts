import type { SqlClient } from './sql-client';

/**
 * Test helper: changes one character of a stored event's data behind the store's back, the way
 * someone with database access might. Lives beside the SQL store because it knows its tables.
 */
export async function tamperWithEvent(client: SqlClient, schema: string, position: string): Promise<void> {
  await client.query(
    `UPDATE ${schema}.events SET data = jsonb_set(data, '{text}', to_jsonb(data->>'text' || '!'))
      WHERE global_position = $1::bigint`,
    [position],
  );
}
