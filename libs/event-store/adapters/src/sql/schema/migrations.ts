import type { Migration } from './migration';
import { eventsTable } from './v1-events-and-append';
import { fasterAppend } from './v2-faster-append';

export type { Migration } from './migration';

/** Every migration, oldest first. Never edit a released one: add the next version. */
export const migrations: readonly Migration[] = [eventsTable, fasterAppend];
