import type { EventStore } from '@goaltrail/event-store-port';
import { openPgliteClient, type PgliteBufferPool } from './sql/pglite-client';
import { openPostgresClient } from './sql/postgres-client';
import { SqlEventStore, type EventStoreOptions } from './sql/sql-event-store';

/** Which backend to open, and where. */
export type EventStoreConfig =
  /** The embedded store: a directory on disk, or memory when `dataDir` is omitted. */
  | { kind: 'pglite'; dataDir?: string; schema?: string; bufferPool?: PgliteBufferPool }
  | { kind: 'postgres'; connectionString: string; schema?: string; maxConnections?: number }
  /** `namespace` prefixes every stream this store owns, so several stores can share one server. */
  | { kind: 'kurrentdb'; connectionString: string; namespace?: string };

/** The schema the SQL stores live in unless told otherwise. */
export const defaultSchema = 'goaltrail';

/** Opens the configured event store, migrating the SQL schema first. */
export async function createEventStore(config: EventStoreConfig, options: EventStoreOptions = {}): Promise<EventStore> {
  switch (config.kind) {
    case 'pglite':
      return SqlEventStore.open(
        await openPgliteClient(config.dataDir, { bufferPool: config.bufferPool }),
        config.schema ?? defaultSchema,
        options,
      );
    case 'postgres': {
      const client = openPostgresClient(config.connectionString, config.maxConnections);
      try {
        return await SqlEventStore.open(client, config.schema ?? defaultSchema, options);
      } catch (error) {
        await client.close();
        throw error;
      }
    }
    case 'kurrentdb': {
      const { createKurrentDbEventStore } = await import('./kurrentdb');
      return createKurrentDbEventStore({ ...options, connectionString: config.connectionString, namespace: config.namespace });
    }
  }
}
