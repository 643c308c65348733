import { throwIfAny } from '../../errors/indicator-input-error';
import { requireIndicator } from '../indicator-guards';
import type { IndicatorToleranceSet } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';
import { toleranceProblem } from '../validation/value-rules';

/**
 * Set how far below (or above) a target still counts as yellow, in the indicator's unit. Not a
 * definition change: it is how strictly the committee follows up, not what is measured, and it
 * applies to every year's status.
 */
export type SetIndicatorTolerance = { type: 'SetIndicatorTolerance'; indicatorId: string; tolerance: number };

/** Setting the tolerance it already has decides nothing. */
export function decideSetIndicatorTolerance(
  command: SetIndicatorTolerance,
  state: IndicatorState | null,
): IndicatorToleranceSet[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const problem = toleranceProblem(command.tolerance);
  throwIfAny(problem ? [{ path: ['tolerance'], message: problem }] : []);
  if (command.tolerance === indicator.tolerance) return [];
  return [{ type: 'IndicatorToleranceSet', data: { tolerance: command.tolerance } }];
}
