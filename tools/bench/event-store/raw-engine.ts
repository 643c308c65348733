import type { BenchEvent } from './workload';

/** Runs one statement; both PGlite and node-postgres fit this shape. */
export type Query = (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;

const columns = '(stream_id, stream_revision, event_id, type, schema_version, data, metadata)';

/**
 * The raw engine: the same rows written and read with plain SQL and no library, as the
 * yardstick for the event store's overhead.
 */
export class RawEngine {
  private revision = 0;

  constructor(private readonly query: Query) {}

  async setUp(): Promise<void> {
    await this.query(`CREATE TABLE IF NOT EXISTS raw_events (
      global_position bigserial PRIMARY KEY, stream_id text NOT NULL, stream_revision bigint NOT NULL,
      event_id uuid NOT NULL, type text NOT NULL, schema_version integer NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL)`);
  }

  private rowParams(item: BenchEvent): unknown[] {
    const { event } = item;
    const metadata = { ...event.metadata, recordedAt: new Date().toISOString() };
    return [item.streamId, this.revision++, event.id, event.type, 1, JSON.stringify(event.data), JSON.stringify(metadata)];
  }

  /** One multi-row INSERT per batch (autocommit). */
  async insertBatch(batch: BenchEvent[]): Promise<void> {
    const params: unknown[] = [];
    const tuples = batch.map((item, row) => {
      params.push(...this.rowParams(item));
      const base = row * 7;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7})`;
    });
    await this.query(`INSERT INTO raw_events ${columns} VALUES ${tuples.join(',')}`, params);
  }

  /** One single-row INSERT, committed on its own. */
  async insertOne(item: BenchEvent): Promise<void> {
    await this.query(`INSERT INTO raw_events ${columns} VALUES ($1, $2, $3, $4, $5, $6, $7)`, this.rowParams(item));
  }

  /** Keyset-paged SELECT of every row, the way a careful hand-written reader would page. */
  async readAllPaged(pageSize: number): Promise<number> {
    let after = '0';
    let count = 0;
    for (;;) {
      const { rows } = await this.query(
        `SELECT global_position::text AS position, stream_id, stream_revision, event_id::text AS event_id, type,
                schema_version, data, metadata
           FROM raw_events WHERE global_position > $1::bigint ORDER BY global_position LIMIT $2`,
        [after, pageSize],
      );
      count += rows.length;
      if (rows.length < pageSize) return count;
      after = (rows[rows.length - 1] as { position: string }).position;
    }
  }
}
