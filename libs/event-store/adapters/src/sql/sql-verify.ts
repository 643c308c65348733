import {
  chainHash,
  eventDigest,
  genesisHash,
  type JsonValue,
  type VerifyOptions,
  type VerifyResult,
} from '@goaltrail/event-store-port';
import type { SqlClient } from './sql-client';

interface ChainRow {
  position: string;
  stream_id: string;
  stream_revision: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: JsonValue;
  metadata: JsonValue;
  prev_hash: Uint8Array;
  hash: Uint8Array;
}

const pageSize = 2000;

/**
 * Walks every stored event in position order, recomputing its digest from the stored content
 * and its link from the previous hash. The first event whose stored link or hash disagrees is
 * reported: a changed byte, a deleted or a reordered event all break the chain there.
 */
export async function verifyChain(client: SqlClient, schema: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  let previous = genesisHash;
  let checked = 0;
  let after = '0';
  for (;;) {
    const rows = await client.query<ChainRow>(
      `SELECT global_position::text AS position, stream_id, stream_revision::integer AS stream_revision,
              event_id::text AS event_id, type, schema_version, data, metadata, prev_hash, hash
         FROM ${schema}.events WHERE global_position > $1::bigint ORDER BY global_position LIMIT $2`,
      [after, pageSize],
    );
    for (const row of rows) {
      const problem = checkRow(row, previous);
      if (problem) return { ok: false, checked, firstBrokenPosition: row.position, problem };
      previous = Buffer.from(row.hash);
      checked += 1;
    }
    options.onProgress?.(checked);
    if (rows.length < pageSize) return { ok: true, checked, firstBrokenPosition: null, problem: null };
    after = (rows[rows.length - 1] as ChainRow).position;
  }
}

function checkRow(row: ChainRow, previous: Buffer): string | null {
  if (!previous.equals(Buffer.from(row.prev_hash))) {
    return `event ${row.position} does not link to the event before it (an event was removed, added or reordered)`;
  }
  const digest = eventDigest({
    streamId: row.stream_id,
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
  });
  if (!chainHash(previous, row.stream_revision, digest).equals(Buffer.from(row.hash))) {
    return `event ${row.position} (${row.stream_id}@${row.stream_revision}) does not match its hash: its content was changed`;
  }
  return null;
}
