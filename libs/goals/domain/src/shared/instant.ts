import { InvalidTimestampError } from '../errors/query-errors';

const isoPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/u;

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time. A date means the start of that
 * day and a time without offset means UTC: Date.parse would read it in the machine's local zone,
 * and the same query must give the same answer in the browser and on the server.
 */
export function toInstant(iso: string): number {
  const match = isoPattern.exec(iso);
  if (!match) throw new InvalidTimestampError(iso);
  const explicit = iso.includes('T') ? iso : `${iso}T00:00:00`;
  const millis = Date.parse(match[1] === undefined ? `${explicit}Z` : explicit);
  if (Number.isNaN(millis)) throw new InvalidTimestampError(iso);
  return millis;
}

/**
 * The instant of a time read from an event's envelope. The store accepts anything Date.parse
 * reads; ISO 8601 (what handlers should write) gets the zone rules above, anything else is
 * taken as Date.parse reads it, so one odd legacy value cannot break every query.
 */
export function storedInstant(value: string): number {
  return isoPattern.test(value) ? toInstant(value) : Date.parse(value);
}
