/** Everything of the port, so callers need one import. */
export * from '@goaltrail/event-store-port';
/** Opens an event store from configuration (pglite, postgres or kurrentdb). */
export { createEventStore, defaultSchema, type EventStoreConfig } from './create-event-store';
/** Options every adapter accepts: clock, upcasters, size limit, poll interval. */
export type { EventStoreOptions } from './sql/sql-event-store';
/** Store configuration from EVENT_STORE, DATA_DIR, DATABASE_URL and KURRENTDB_URL, and a safe description of it. */
export { describeStore, eventStoreConfigFromEnv, eventStoreKindNames, type EventStoreEnvResult } from './config/event-store-env';
/** PGlite's start parameters as the embedded store uses them, so a raw yardstick runs the same engine. */
export { pgliteStartParams, writeHeavyBufferPool, type PgliteBufferPool } from './sql/pglite-client';
