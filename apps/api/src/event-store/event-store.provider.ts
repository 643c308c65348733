import { createEventStore, describeStore, type EventStore, type EventStoreConfig } from '@goaltrail/event-store';

/** Injection token of the process's one EventStore. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** Raised at start-up when the configured store cannot be opened; says which store and why. */
export class EventStoreStartError extends Error {
  override readonly name = 'EventStoreStartError';
}

/** Opens the configured store, turning any failure into one sentence a person can act on. */
export async function openEventStore(config: EventStoreConfig): Promise<EventStore> {
  try {
    return await createEventStore(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EventStoreStartError(`Could not open ${describeStore(config)}: ${reason}`);
  }
}
