import { eventsQuerySchema } from '@goaltrail/contracts';
import type { EventStore, Subscription } from '@goaltrail/event-store';
import { GetEventsQuery } from '@goaltrail/goals-application';
import { Controller, Get, Inject, type MessageEvent, Query, Sse } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import type { z } from 'zod';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { ApiZodQuery } from '../http/openapi';
import { ValidateWith } from '../http/request-validation';
import { redactUserSecrets } from '@goaltrail/auth';

/** The raw event log, for replay in the browser and for auditors; and its integrity check. */
@ApiTags('events')
@Controller()
export class EventLogController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** A page of events after `after` (exclusive), optionally of streams starting with `stream`. */
  @Get('events')
  @ApiZodQuery(eventsQuerySchema)
  async page(@Query(new ValidateWith(eventsQuerySchema, 'query')) query: z.infer<typeof eventsQuerySchema>) {
    const page = await this.queries.execute(new GetEventsQuery(query.after ?? null, query.limit, query.stream ?? null));
    return { ...page, events: page.events.map(redactUserSecrets) };
  }

  /** Server-sent events: every event appended from now on (or after `after`), as it happens. */
  @Sse('events/live')
  live(@Query(new ValidateWith(eventsQuerySchema, 'query')) query: z.infer<typeof eventsQuerySchema>): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let subscription: Subscription | undefined;
      let closed = false;
      void (async () => {
        // Without `after`, start at the newest event: a live view wants what happens next.
        const from = query.after ?? (await this.store.headPosition()) ?? undefined;
        if (closed) return;
        subscription = this.store.subscribeToAll({ fromPosition: from, streamPrefix: query.stream });
        try {
          for await (const event of subscription) subscriber.next({ id: event.position, type: 'event', data: redactUserSecrets(event) });
        } catch (error) {
          subscriber.error(error);
        }
      })();
      return () => {
        closed = true;
        void subscription?.close();
      };
    });
  }

  /** Walks the hash chain over every stored event and names the first one that does not fit. */
  @Get('audit/verify')
  verify() {
    return this.store.verify();
  }
}

