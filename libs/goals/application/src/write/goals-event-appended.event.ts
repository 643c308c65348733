import type { IEvent } from '@nestjs/cqrs';
import type { GlobalPosition } from '@goaltrail/event-store-port';
import type { AppendedEvent } from './command-outcome';

/**
 * Published on the in-process EventBus after an append succeeded, for side effects that may be
 * lost (notifications, metrics). Never feed read models from it: they follow the store.
 * A class, not a plain object, so `@EventsHandler(GoalsEventAppended)` can select it.
 */
export class GoalsEventAppended implements IEvent {
  constructor(
    readonly streamId: string,
    readonly event: AppendedEvent,
    /** Position of the last event of the same append. */
    readonly batchPosition: GlobalPosition,
  ) {}
}
