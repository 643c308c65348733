import type { AuditEvent } from '@goaltrail/admin-data-access';
import { formatDate } from '@goaltrail/admin-util';
import type { LocationQuery } from 'vue-router';

/** Which clock a time range reads: system time (when recorded) or business time (when effective). */
export type EventClock = 'recordedAt' | 'effectiveAt';

/** The audit view's filters. Empty strings mean "any". `stream` is a prefix the API applies. */
export interface EventFilters {
  readonly stream: string;
  readonly type: string;
  readonly actor: string;
  readonly clock: EventClock;
  /** First day included, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last day included, `YYYY-MM-DD`. */
  readonly to: string;
}

/** No filter at all. */
export const noFilters: EventFilters = { stream: '', type: '', actor: '', clock: 'recordedAt', from: '', to: '' };

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The filters an address holds; anything malformed is read as "any". */
export function filtersFromQuery(query: LocationQuery): EventFilters {
  const from = text(query['from']);
  const to = text(query['to']);
  return {
    stream: text(query['stream']),
    type: text(query['type']),
    actor: text(query['actor']),
    clock: query['clock'] === 'effectiveAt' ? 'effectiveAt' : 'recordedAt',
    from: calendarDate.test(from) ? from : '',
    to: calendarDate.test(to) ? to : '',
  };
}

/** The address of the filters: only what is set, so an unfiltered log has a clean address. */
export function filtersToQuery(filters: EventFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of ['stream', 'type', 'actor', 'from', 'to'] as const) {
    if (filters[name]) query[name] = filters[name];
  }
  if (filters.clock !== 'recordedAt' && (filters.from || filters.to)) query['clock'] = filters.clock;
  return query;
}

/**
 * The loaded events that pass the filters the browser applies (type, actor, days). Days are compared as
 * the table shows them: an instant on the viewer's calendar, a business date as written.
 */
export function filterEvents(events: readonly AuditEvent[], filters: EventFilters): AuditEvent[] {
  return events.filter((event) => {
    if (filters.type && event.type !== filters.type) return false;
    if (filters.actor && event.metadata.actor !== filters.actor) return false;
    if (!filters.from && !filters.to) return true;
    const day = formatDate(event.metadata[filters.clock]).slice(0, 10);
    return (!filters.from || day >= filters.from) && (!filters.to || day <= filters.to);
  });
}

/** The distinct values of one field among the loaded events, sorted, for a filter's choices. */
export function distinctValues(events: readonly AuditEvent[], pick: (event: AuditEvent) => string): string[] {
  return [...new Set(events.map(pick))].sort((a, b) => a.localeCompare(b, 'sv'));
}
