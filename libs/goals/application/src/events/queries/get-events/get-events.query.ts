import { Query } from '@nestjs/cqrs';
import type { GlobalPosition, RecordedEvent } from '@goaltrail/event-store-port';

/** The largest page the raw log is read in. */
export const maxEventsPageSize = 1000;

/** One page of the raw log. */
export interface EventsPage {
  readonly events: readonly RecordedEvent[];
  /** Pass as `after` for the next page: the last event's position, or `after` again when empty. */
  readonly next: GlobalPosition | null;
  /** True when more events follow right now. */
  readonly hasMore: boolean;
}

/** A page of the raw event log after a position, optionally of streams with a prefix (read from the store). */
export class GetEventsQuery extends Query<EventsPage> {
  constructor(
    readonly after: GlobalPosition | null = null,
    /** 1–1000; larger values are cut to 1000. */
    readonly limit = 200,
    readonly streamPrefix: string | null = null,
  ) {
    super();
  }
}
