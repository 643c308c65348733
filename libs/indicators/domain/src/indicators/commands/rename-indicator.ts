import { throwIfAny } from '../../errors/indicator-input-error';
import { isBlank, normalizeText } from '../../shared/text';
import { requireIndicator } from '../indicator-guards';
import type { IndicatorRenamed } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';

/** Give an indicator a new display name. Not a definition change: the values keep their meaning. */
export type RenameIndicator = { type: 'RenameIndicator'; indicatorId: string; name: string };

/** Renaming to the current name decides nothing (an idempotent PUT, not an error). */
export function decideRenameIndicator(
  command: RenameIndicator,
  state: IndicatorState | null,
): IndicatorRenamed[] {
  const indicator = requireIndicator(state, command.indicatorId);
  throwIfAny(isBlank(command.name) ? [{ path: ['name'], message: 'must not be blank' }] : []);
  const name = normalizeText(command.name);
  return name === indicator.name ? [] : [{ type: 'IndicatorRenamed', data: { name } }];
}
