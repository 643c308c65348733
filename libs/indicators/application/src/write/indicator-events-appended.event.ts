import type { IEvent } from '@nestjs/cqrs';
import type { GlobalPosition } from '@goaltrail/event-store-port';
import type { AppendedEvent } from '@goaltrail/goals-application';

/**
 * Published on the in-process EventBus after an indicator append succeeded, once per append (an import
 * batch is one message, not thousands), for side effects that may be lost. Read models follow the store.
 */
export class IndicatorEventsAppended implements IEvent {
  constructor(
    readonly streamId: string,
    readonly events: readonly AppendedEvent[],
    /** Position of the last event of the append. */
    readonly position: GlobalPosition,
  ) {}
}
