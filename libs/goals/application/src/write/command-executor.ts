import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import {
  WrongExpectedRevisionError,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '@goaltrail/event-store-port';
import { decide, decisionStateFor, streamIdOf, streamsToLoad, type Command } from '@goaltrail/goals-domain';
import { readOnlyRoles, type Actor, type CommandOptions } from '../shared/actor';
import { ReadOnlyRoleError } from '../shared/application-errors';
import { CLOCK, EVENT_STORE_PORT, type Clock } from '../shared/goals-application.tokens';
import type { AppendedEvent, CommandOutcome } from './command-outcome';
import { toNewEvents } from './event-envelope';
import { decideAll } from './folded-streams';
import { GoalsEventAppended } from './goals-event-appended.event';
import { readWholeStream } from './read-whole-stream';

/** Load → decide → append attempts before a concurrent writer's conflict is passed on (409). */
export const maxAttempts = 3;

/**
 * The write path every command handler shares: load the streams the command needs, let the pure
 * domain decide, append with the loaded revision, and publish only after the append succeeded.
 */
@Injectable()
export class CommandExecutor {
  private readonly logger = new Logger(CommandExecutor.name);

  constructor(
    @Inject(EVENT_STORE_PORT) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EventBus) private readonly eventBus: EventBus,
  ) {}

  async execute(command: Command, actor: Actor, options: CommandOptions = {}): Promise<CommandOutcome> {
    if (readOnlyRoles.includes(actor.role)) throw new ReadOnlyRoleError(actor.username, actor.role);
    const correlationId = options.correlationId ?? randomUUID();
    for (let attempt = 1; ; attempt++) {
      let outcome: CommandOutcome;
      try {
        outcome = await this.attempt(command, actor, options, correlationId);
      } catch (error) {
        // Another writer appended between our read and our append. Reloading and deciding again
        // re-checks every rule on the new state; the goal's own wording revision (checked by
        // decide) is what a user sees as a conflict, not the plan stream's revision.
        if (error instanceof WrongExpectedRevisionError && attempt < maxAttempts) continue;
        throw error;
      }
      this.publish(outcome);
      return outcome;
    }
  }

  private async attempt(
    command: Command,
    actor: Actor,
    options: CommandOptions,
    correlationId: string,
  ): Promise<CommandOutcome> {
    const streams = new Map<string, RecordedEvent[]>();
    for (const streamId of streamsToLoad(command)) streams.set(streamId, await readWholeStream(this.store, streamId));
    const decided = decide(command, decisionStateFor(command, streams));
    const streamId = streamIdOf(command);
    const own = streams.get(streamId) ?? [];
    const expectedRevision: ExpectedRevision = own.at(-1)?.revision ?? 'no_stream';
    const newEvents = toNewEvents(command, decided, { actor, options, correlationId, now: this.clock.now() });
    const result = await this.store.appendToStream(streamId, newEvents, { expectedRevision });
    const first = result.nextExpectedRevision - newEvents.length + 1;
    const events: AppendedEvent[] = newEvents.map((event, index) => ({ ...event, revision: first + index }));
    return { streamId, nextExpectedRevision: result.nextExpectedRevision, position: result.position, events };
  }

  /**
   * Decides several commands in order and appends each stream's events in one append: an import of
   * a long document is one atomic write per stream, and costs time in proportion to its length.
   * A concurrent writer makes it fail whole (WrongExpectedRevisionError), never half-written.
   * `preloaded` streams (already read by the caller) are not read again; their last revisions are
   * the expected ones, so a change made since the caller read them is a conflict.
   */
  async executeAll(
    commands: readonly Command[],
    actor: Actor,
    options: CommandOptions = {},
    preloaded: ReadonlyMap<string, readonly RecordedEvent[]> = new Map(),
  ): Promise<CommandOutcome[]> {
    if (readOnlyRoles.includes(actor.role)) throw new ReadOnlyRoleError(actor.username, actor.role);
    const correlationId = options.correlationId ?? randomUUID();
    const loaded = new Map<string, readonly RecordedEvent[]>(preloaded);
    for (const streamId of new Set(commands.flatMap(streamsToLoad))) {
      if (!loaded.has(streamId)) loaded.set(streamId, await readWholeStream(this.store, streamId));
    }
    const now = this.clock.now();
    const byStream = new Map<string, NewEvent[]>();
    for (const decision of decideAll(commands, loaded)) {
      const envelopes = toNewEvents(decision.command, decision.events, { actor, options, correlationId, now });
      const list = byStream.get(decision.streamId) ?? [];
      list.push(...envelopes);
      byStream.set(decision.streamId, list);
    }
    const outcomes: CommandOutcome[] = [];
    for (const [streamId, newEvents] of byStream) {
      if (newEvents.length === 0) continue;
      const expectedRevision: ExpectedRevision = loaded.get(streamId)?.at(-1)?.revision ?? 'no_stream';
      const result = await this.store.appendToStream(streamId, newEvents, { expectedRevision });
      const first = result.nextExpectedRevision - newEvents.length + 1;
      const events = newEvents.map((event, index) => ({ ...event, revision: first + index }));
      const outcome = { streamId, nextExpectedRevision: result.nextExpectedRevision, position: result.position, events };
      this.publish(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  /** The events are stored by now: a failing in-process subscriber must not turn that into an error. */
  private publish(outcome: CommandOutcome): void {
    try {
      this.eventBus.publishAll(
        outcome.events.map((event) => new GoalsEventAppended(outcome.streamId, event, outcome.position)),
      );
    } catch (error) {
      this.logger.error(`Publishing ${outcome.streamId} events failed after the append`, error);
    }
  }
}
