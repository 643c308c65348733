import { contractError, httpError, networkError } from '../api-error';
import { eventLogPageSchema, type EventLogPage } from './event-log.schemas';

/** The largest page the API serves. */
export const maxEventsPageSize = 1000;

/** Where and how to read the log; the defaults suit the SPA on the API's origin. */
export interface EventLogReadOptions {
  /** API origin; empty for the same origin (where the session cookie lives). */
  readonly baseUrl?: string;
  /** 1–1000 events per page. */
  readonly limit?: number;
  readonly signal?: AbortSignal;
  /** Looked up on each call when absent, so tests can stub `fetch` at the edge. */
  readonly fetchImpl?: typeof fetch;
}

/**
 * One page of `GET /api/events` after `after` (exclusive), checked against its schema. It has no
 * home in `ApiClient` because it must also run inside the replay worker, far from Vue and Pinia.
 */
export async function fetchEventsPage(after: string | null, options: EventLogReadOptions = {}): Promise<EventLogPage> {
  const query = new URLSearchParams({ limit: String(options.limit ?? maxEventsPageSize) });
  if (after !== null) query.set('after', after);
  const path = `/api/events?${query}`;
  let response: Response;
  try {
    response = await (options.fetchImpl ?? globalThis.fetch)(`${options.baseUrl ?? ''}${path}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw networkError();
  }
  if (!response.ok) throw await httpError(response);
  const parsed = eventLogPageSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw contractError(response.status, path);
  return parsed.data;
}

/**
 * Every page from `after` to the end of the log as it stands while it is read. Pages follow each
 * other by the answer's `next`, never by counting, so events appended meanwhile are not skipped.
 */
export async function* readEventLog(after: string | null = null, options: EventLogReadOptions = {}): AsyncGenerator<EventLogPage> {
  let cursor = after;
  for (;;) {
    const page = await fetchEventsPage(cursor, options);
    yield page;
    if (!page.hasMore || page.next === null || page.next === cursor) return;
    cursor = page.next;
  }
}
