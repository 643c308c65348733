import { assertNever } from '../shared/assert-never';
import type { DomainEventLike } from '../shared/recorded-event';
import { asCommitteeEvent } from './committee.events';

/** What the domain knows of a committee. */
export type CommitteeState = {
  readonly committeeId: string;
  readonly name: string;
  readonly municipality: string | null;
};

/** Folds one event of a committee stream; unknown event types leave the state as it was. */
export function evolveCommittee(state: CommitteeState | null, event: DomainEventLike): CommitteeState | null {
  const known = asCommitteeEvent(event);
  if (!known) return state;
  switch (known.type) {
    case 'CommitteeRegistered':
      return { ...known.data };
    default:
      // A one-member union does not narrow the event itself, only its type.
      return assertNever(known.type);
  }
}

/** Folds a committee stream from the beginning. */
export function foldCommittee(events: readonly DomainEventLike[]): CommitteeState | null {
  return events.reduce<CommitteeState | null>(evolveCommittee, null);
}
