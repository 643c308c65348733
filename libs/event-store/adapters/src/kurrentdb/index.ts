/** The KurrentDB adapter of the EventStore port, and its options. */
export { createKurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb-event-store';
