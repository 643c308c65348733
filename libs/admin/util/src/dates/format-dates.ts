// Dates are shown the Swedish way (2026-03-01 14:05) whatever the interface language: the
// committee's documents, decisions and auditors all use it, and it cannot be misread.
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatter(options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('sv-SE', timeZone ? { ...options, timeZone } : options);
}

/** True for an ISO 8601 date-time with a zone (`Z` or `+01:00`), the form the API accepts for `asOf`. */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && isoDateTime.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * A date as `2005-01-01`. Calendar dates (business time such as `effectiveAt`) are shown as written:
 * turning them into instants would move them a day in zones west of UTC.
 */
export function formatDate(value: string, timeZone?: string): string {
  if (calendarDate.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatter({ dateStyle: 'short' }, timeZone).format(date);
}

/** An instant as `2026-11-22 20:23:35` in the viewer's (or the given) time zone; a calendar date stays a date. */
export function formatDateTime(value: string, timeZone?: string): string {
  if (calendarDate.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter({ dateStyle: 'short', timeStyle: 'medium' }, timeZone).format(date);
}

/** The value of an `<input type="datetime-local" step="1">` showing an ISO instant in local time. */
export function toDateTimeLocalValue(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // sv-SE prints "2026-11-22 20:23:35": the input's format but for the separator.
  return formatter({ dateStyle: 'short', timeStyle: 'medium' }, timeZone).format(date).replace(' ', 'T');
}

/** The ISO instant (UTC) of a `datetime-local` value read in local time; null when empty or invalid. */
export function fromDateTimeLocalValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  // Without an offset the Date constructor reads a date-time as local time, as the input means it.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
