import { IndicatorAlreadyDefinedError } from '../../errors/indicator-errors';
import { throwIfAny, type InputIssue } from '../../errors/indicator-input-error';
import { isBlank, normalizeText } from '../../shared/text';
import type { IndicatorDirection } from '../../vocabulary/indicator-direction';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import type { IndicatorDefined } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';
import { definitionIssues, normalizedDefinition } from '../validation/definition-rules';
import { toleranceProblem } from '../validation/value-rules';

/** Define a new indicator at definition version 1. The id is made by the caller. */
export type DefineIndicator = {
  type: 'DefineIndicator';
  indicatorId: string;
  name: string;
  description?: string | null;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  /** "Mäts genom …": brukarundersökning, skolenkät, intern statistik, besvärsärenden … */
  measurementMethod: string;
  dataSource: string;
  /** A letter and five digits, e.g. N00945. */
  koladaKpiId?: string | null;
  /** In the indicator's unit; 0 (no yellow) when absent. */
  tolerance?: number;
};

export function decideDefineIndicator(
  command: DefineIndicator,
  state: IndicatorState | null,
): IndicatorDefined[] {
  if (state) throw new IndicatorAlreadyDefinedError(command.indicatorId);
  const tolerance = command.tolerance ?? 0;
  const issues: InputIssue[] = [];
  if (isBlank(command.indicatorId)) issues.push({ path: ['indicatorId'], message: 'must not be blank' });
  if (isBlank(command.name)) issues.push({ path: ['name'], message: 'must not be blank' });
  issues.push(...definitionIssues(command));
  const problem = toleranceProblem(tolerance);
  if (problem) issues.push({ path: ['tolerance'], message: problem });
  throwIfAny(issues);
  return [
    {
      type: 'IndicatorDefined',
      data: {
        indicatorId: command.indicatorId,
        name: normalizeText(command.name),
        ...normalizedDefinition(command),
        tolerance,
        definitionVersion: 1,
      },
    },
  ];
}
