import type { DomainEventLike } from '@goaltrail/goals-domain';
import { eventRefOf } from '../shared/event-ref';
import { applyToDraft, definedDraft, draftOf, type IndicatorDraft } from './indicator.apply';
import { asIndicatorEvent } from './indicator.events';
import type { IndicatorState } from './indicator.state';

/**
 * Folds one event of an indicator stream into a new state. Unknown event types, and anything
 * before IndicatorDefined, leave the state as it was. Each call copies the target and measurement
 * maps, so folding a whole stream this way is quadratic: use `indicatorStateFrom` for that.
 */
export function evolveIndicator(state: IndicatorState | null, event: DomainEventLike): IndicatorState | null {
  const known = asIndicatorEvent(event);
  if (!known) return state;
  if (known.type === 'IndicatorDefined') return definedDraft(known.data, eventRefOf(event));
  if (!state) return null;
  const draft = draftOf(state);
  applyToDraft(draft, known, eventRefOf(event));
  return draft;
}

/**
 * Folds events in one pass, linear in their number: the stream from its start, or (given `from`)
 * events that follow an already folded state, e.g. the ones an import batch just decided.
 * `from` itself is not changed.
 */
export function indicatorStateFrom(
  events: readonly DomainEventLike[],
  from: IndicatorState | null = null,
): IndicatorState | null {
  let draft: IndicatorDraft | null = from && draftOf(from);
  for (const event of events) {
    const known = asIndicatorEvent(event);
    if (!known) continue;
    if (known.type === 'IndicatorDefined') draft = definedDraft(known.data, eventRefOf(event));
    else if (draft) applyToDraft(draft, known, eventRefOf(event));
  }
  return draft;
}
