import { assertNever } from '../shared/assert-never';
import type { DomainEventLike } from '../shared/recorded-event';
import { asLineageEvent } from './lineage.events';
import { emptyLineage, linkKey, type LineageState } from './lineage.state';

/** Folds one event of a lineage stream; unknown event types leave the state as it was. */
export function evolveLineage(state: LineageState, event: DomainEventLike): LineageState {
  const known = asLineageEvent(event);
  if (!known) return state;
  switch (known.type) {
    case 'GoalsLinked': {
      const { committeeId: _committeeId, ...link } = known.data;
      return { links: [...state.links.filter((l) => linkKey(l) !== linkKey(link)), link] };
    }
    case 'GoalsUnlinked': {
      const key = linkKey(known.data);
      return { links: state.links.filter((l) => linkKey(l) !== key) };
    }
    default:
      return assertNever(known);
  }
}

/** Folds a lineage stream from the beginning. */
export function foldLineage(events: readonly DomainEventLike[]): LineageState {
  return events.reduce<LineageState>(evolveLineage, emptyLineage);
}
