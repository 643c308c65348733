import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { WrongExpectedRevisionError, type EventStore } from '@goaltrail/event-store-port';
import {
  CLOCK,
  EVENT_STORE_PORT,
  maxAttempts,
  readOnlyRoles,
  ReadOnlyRoleError,
  readWholeStream,
  type Actor,
  type Clock,
  type CommandOptions,
} from '@goaltrail/goals-application';
import { indicatorStateFrom, indicatorStreamId, type IndicatorCommand } from '@goaltrail/indicators-domain';
import { decideInOrder, indicatorOf } from './decide-in-order';
import { indicatorEnvelopes } from './indicator-envelope';
import { IndicatorEventsAppended } from './indicator-events-appended.event';
import type { IndicatorCommandOutcome, LoadedIndicator } from './indicator-outcome';

/** An append's outcome and the stream as it stands after it, for callers that keep deciding on it. */
export interface AppendedDecision {
  readonly outcome: IndicatorCommandOutcome;
  readonly loaded: LoadedIndicator;
}

/**
 * The indicators' write path: load `indicator-<id>` → decide with the pure domain → append with the
 * loaded revision → publish only after the append. Like the goals executor it refuses read-only roles
 * and, when another writer got in first, loads and decides again (at most `maxAttempts` times).
 */
@Injectable()
export class IndicatorCommandExecutor {
  private readonly logger = new Logger(IndicatorCommandExecutor.name);

  constructor(
    @Inject(EVENT_STORE_PORT) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EventBus) private readonly eventBus: EventBus,
  ) {}

  /** Runs one command. An idempotent repeat appends nothing and answers with `position: null`. */
  execute(command: IndicatorCommand, actor: Actor, options: CommandOptions = {}): Promise<IndicatorCommandOutcome> {
    return this.executeAll([command], actor, options);
  }

  /** Runs several commands on one indicator as one decision and one append (all or nothing). */
  async executeAll(
    commands: readonly IndicatorCommand[],
    actor: Actor,
    options: CommandOptions = {},
  ): Promise<IndicatorCommandOutcome> {
    const indicatorId = indicatorOf(commands);
    const withCorrelation = { ...options, correlationId: options.correlationId ?? randomUUID() };
    for (let attempt = 1; ; attempt++) {
      try {
        const loaded = await this.load(indicatorId);
        return (await this.decideAndAppend(loaded, commands, actor, withCorrelation)).outcome;
      } catch (error) {
        // Deciding again on the new state re-checks every rule; a lost race is not the user's mistake.
        if (error instanceof WrongExpectedRevisionError && attempt < maxAttempts) continue;
        throw error;
      }
    }
  }

  /** Reads an indicator's stream in pages and folds it. */
  async load(indicatorId: string): Promise<LoadedIndicator> {
    const events = await readWholeStream(this.store, indicatorStreamId(indicatorId));
    return { state: indicatorStateFrom(events), revision: events.at(-1)?.revision ?? null };
  }

  /**
   * Decides on a stream the caller loaded (and may have kept folded across batches, as the Kolada import
   * does) and appends with its revision. Throws WrongExpectedRevisionError when the stream moved on: the
   * caller reloads and retries. Does not retry by itself.
   */
  async decideAndAppend(
    loaded: LoadedIndicator,
    commands: readonly IndicatorCommand[],
    actor: Actor,
    options: CommandOptions = {},
  ): Promise<AppendedDecision> {
    if (readOnlyRoles.includes(actor.role)) throw new ReadOnlyRoleError(actor.username, actor.role);
    const indicatorId = indicatorOf(commands);
    const streamId = indicatorStreamId(indicatorId);
    const { decisions, state, eventCount } = decideInOrder(loaded, commands);
    if (eventCount === 0) {
      return { outcome: { indicatorId, streamId, revision: loaded.revision, position: null, events: [] }, loaded };
    }
    const correlationId = options.correlationId ?? randomUUID();
    const newEvents = indicatorEnvelopes(decisions, { actor, options, correlationId, now: this.clock.now() });
    const expectedRevision = loaded.revision ?? 'no_stream';
    const result = await this.store.appendToStream(streamId, newEvents, { expectedRevision });
    const first = result.nextExpectedRevision - newEvents.length + 1;
    const events = newEvents.map((event, index) => ({ ...event, revision: first + index }));
    const outcome = { indicatorId, streamId, revision: result.nextExpectedRevision, position: result.position, events };
    this.publish(outcome.streamId, outcome);
    return { outcome, loaded: { state, revision: result.nextExpectedRevision } };
  }

  /** The events are stored by now: a failing in-process subscriber must not turn that into an error. */
  private publish(streamId: string, outcome: IndicatorCommandOutcome): void {
    if (outcome.position === null) return;
    try {
      this.eventBus.publish(new IndicatorEventsAppended(streamId, outcome.events, outcome.position));
    } catch (error) {
      this.logger.error(`Publishing ${streamId} events failed after the append`, error);
    }
  }
}
