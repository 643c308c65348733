import { randomUUID } from 'node:crypto';
import type { EventMetadataInput, NewEvent } from '@goaltrail/event-store-port';
import type { Actor, CommandOptions } from '@goaltrail/goals-application';
import { indicatorCommandReason, type IndicatorCommand, type IndicatorEvent } from '@goaltrail/indicators-domain';

/** The events one command decided, kept with it for the envelope's reason. */
export interface IndicatorDecision {
  readonly command: IndicatorCommand;
  readonly events: readonly IndicatorEvent[];
}

/** Envelope values shared by every event of one append. */
export interface IndicatorEnvelopeContext {
  readonly actor: Actor;
  readonly options: CommandOptions;
  readonly correlationId: string;
  readonly now: Date;
}

/**
 * Wraps decided indicator events in the store's envelope, with the metadata the goals layer writes:
 * actor and role from the session, the command's own reason before the caller's, one correlation id,
 * `effectiveAt` from the caller (an importer back-dates) or now. Ids are made here, never in the domain.
 * One metadata object per command: an import batch of thousands of events shares it.
 */
export function indicatorEnvelopes(decisions: readonly IndicatorDecision[], context: IndicatorEnvelopeContext): NewEvent[] {
  const { actor, options, correlationId, now } = context;
  return decisions.flatMap(({ command, events }) => {
    const metadata: EventMetadataInput = {
      actor: actor.username,
      role: actor.role,
      reason: indicatorCommandReason(command) ?? options.reason ?? null,
      decisionRef: options.decisionRef ?? null,
      correlationId,
      causationId: options.causationId ?? null,
      effectiveAt: options.effectiveAt ?? now.toISOString(),
      ...(options.extra ? { extra: options.extra } : {}),
    };
    return events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata }));
  });
}
