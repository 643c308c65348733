import type { ApiClient } from '../api-client';
import { eventLogPageSchema } from '../event-log/event-log.schemas';
import { chainVerificationSchema, type ChainVerification, type EventsPage } from './audit-schemas';

/** Which page of the raw log to read. */
export interface EventsPageQuery {
  /** Position of the last event already read (exclusive); null for the first page. */
  readonly after: string | null;
  readonly limit: number;
  /** Only streams whose id starts with this (`plan-socialnamnden-`); null for all. */
  readonly stream: string | null;
}

/** The reads behind the audit view, over the one shared client. */
export function auditApi(client: ApiClient) {
  return {
    /** One page of the event log, read from the store itself (not a projection). */
    events: (query: EventsPageQuery): Promise<EventsPage> => {
      const params = new URLSearchParams({ limit: String(query.limit) });
      if (query.after !== null) params.set('after', query.after);
      if (query.stream) params.set('stream', query.stream);
      return client.request('GET', `/api/events?${params}`, eventLogPageSchema);
    },
    /** Walks the whole hash chain on the server and names the first event that does not fit. */
    verify: (): Promise<ChainVerification> => client.request('GET', '/api/audit/verify', chainVerificationSchema),
  };
}
