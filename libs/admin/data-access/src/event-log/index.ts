// The event log without Vue or Pinia: a Web Worker imports this entry point to read the log itself.

/** A logged event and a page of them, and the schemas that check them. */
export { eventLogPageSchema, loggedEventSchema, type EventLogPage, type LoggedEvent } from './event-log.schemas';
/** `GET /api/events` one page at a time, or every page to the end of the log. */
export { fetchEventsPage, maxEventsPageSize, readEventLog, type EventLogReadOptions } from './event-log.client';
/** Anything thrown, as the problem the interface shows. */
export { toProblem } from '../api-error';
