import { UnknownIndicatorError } from '../errors/indicator-errors';
import type { InputIssue } from '../errors/indicator-input-error';
import type { IndicatorState } from './indicator.state';

export function requireIndicator(state: IndicatorState | null, indicatorId: string): IndicatorState {
  if (!state) throw new UnknownIndicatorError(indicatorId);
  return state;
}

/**
 * Commands that carry values name the unit the caller believes the indicator has. A form opened
 * before the definition changed from count to percent must not record 12 as 12 %.
 */
export function checkUnit(state: IndicatorState, unit: string, issues: InputIssue[]): void {
  if (unit !== state.definition.unit) {
    issues.push({
      path: ['unit'],
      message: `must be ${state.definition.unit}, the indicator’s unit (not ${unit})`,
    });
  }
}

/**
 * The definition version a value is recorded against: the current one, or an earlier one named
 * explicitly (for back-filling history measured under an older method).
 */
export function checkDefinitionVersion(
  state: IndicatorState,
  version: number | null | undefined,
  issues: InputIssue[],
): number {
  const current = state.definition.version;
  if (version === null || version === undefined) return current;
  if (!Number.isInteger(version) || version < 1 || version > current) {
    issues.push({
      path: ['definitionVersion'],
      message: `must be an existing definition version, 1 … ${current}`,
    });
    return current;
  }
  return version;
}
