import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@goaltrail/event-store-port';
import { commandAudit, type Command, type GoalsEvent } from '@goaltrail/goals-domain';
import type { Actor, CommandOptions } from '../shared/actor';

/** The envelope values shared by every event of one decision. */
export interface EnvelopeContext {
  actor: Actor;
  options: CommandOptions;
  correlationId: string;
  now: Date;
}

/**
 * Wraps decided domain events in the store's envelope. Ids are made here, never in the domain.
 * The command's own reason and decision reference win over those the caller adds.
 */
export function toNewEvents(command: Command, events: readonly GoalsEvent[], context: EnvelopeContext): NewEvent[] {
  const audit = commandAudit(command);
  const metadata = {
    actor: context.actor.username,
    role: context.actor.role,
    reason: audit.reason ?? context.options.reason ?? null,
    decisionRef: audit.decisionRef ?? context.options.decisionRef ?? null,
    correlationId: context.correlationId,
    causationId: context.options.causationId ?? null,
    effectiveAt: effectiveAtOf(command, context),
    ...(context.options.extra ? { extra: context.options.extra } : {}),
  };
  return events.map((event) => ({
    id: randomUUID(),
    type: event.type,
    // Domain events are JSON by construction; the port re-checks before writing.
    data: event.data as unknown as NewEvent['data'],
    metadata,
  }));
}

/** Business time: a decision takes effect on its date; an edit when it is made. */
function effectiveAtOf(command: Command, context: EnvelopeContext): string {
  if (context.options.effectiveAt) return context.options.effectiveAt;
  if (command.type === 'AdoptPlan' || command.type === 'AmendPlan') return command.decidedOn;
  return context.now.toISOString();
}
