import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore, RecordedEvent } from '@goaltrail/event-store-port';
import { EVENT_STORE_PORT } from '../../../shared/goals-application.tokens';
import { GetEventsQuery, maxEventsPageSize, type EventsPage } from './get-events.query';

/** Reads the store directly, not the projection: auditors see the log itself, not an interpretation of it. */
@QueryHandler(GetEventsQuery)
export class GetEventsHandler implements IQueryHandler<GetEventsQuery> {
  constructor(@Inject(EVENT_STORE_PORT) private readonly store: EventStore) {}

  async execute({ after, limit, streamPrefix }: GetEventsQuery): Promise<EventsPage> {
    const size = Math.min(Math.max(Math.trunc(limit), 1), maxEventsPageSize);
    const events: RecordedEvent[] = [];
    // One more than asked tells whether another page follows without a second query.
    const page = this.store.readAll({
      maxCount: size + 1,
      ...(after === null ? {} : { fromPosition: after }),
      ...(streamPrefix === null ? {} : { streamPrefix }),
    });
    for await (const event of page) events.push(event);
    const hasMore = events.length > size;
    if (hasMore) events.pop();
    return { events, next: events.at(-1)?.position ?? after, hasMore };
  }
}
