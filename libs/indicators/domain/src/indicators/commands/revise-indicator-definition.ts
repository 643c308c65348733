import { DefinitionUnchangedError } from '../../errors/indicator-errors';
import { throwIfAny } from '../../errors/indicator-input-error';
import { isBlank, normalizeText } from '../../shared/text';
import type { IndicatorDirection } from '../../vocabulary/indicator-direction';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import { requireIndicator } from '../indicator-guards';
import type { DefinitionField, IndicatorDefinitionRevised } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';
import { definitionIssues, normalizedDefinition } from '../validation/definition-rules';

/**
 * Change what the indicator measures or how: a new definition version with a reason. Fields left
 * out keep their value; `null` clears the description or the Kolada id.
 */
export type ReviseIndicatorDefinition = {
  type: 'ReviseIndicatorDefinition';
  indicatorId: string;
  reason: string;
  description?: string | null;
  unit?: IndicatorUnit;
  direction?: IndicatorDirection;
  measurementMethod?: string;
  dataSource?: string;
  koladaKpiId?: string | null;
};

const fields: DefinitionField[] = [
  'description',
  'unit',
  'direction',
  'measurementMethod',
  'dataSource',
  'koladaKpiId',
];

export function decideReviseIndicatorDefinition(
  command: ReviseIndicatorDefinition,
  state: IndicatorState | null,
): IndicatorDefinitionRevised[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const current = indicator.definition;
  const input = {
    description: command.description === undefined ? current.description : command.description,
    unit: command.unit ?? current.unit,
    direction: command.direction ?? current.direction,
    measurementMethod: command.measurementMethod ?? current.measurementMethod,
    dataSource: command.dataSource ?? current.dataSource,
    koladaKpiId: command.koladaKpiId === undefined ? current.koladaKpiId : command.koladaKpiId,
  };
  const issues = definitionIssues(input);
  if (isBlank(command.reason))
    issues.push({ path: ['reason'], message: 'must say why the definition changes' });
  throwIfAny(issues);
  const next = normalizedDefinition(input);
  const changed = fields.filter((field) => next[field] !== current[field]);
  // A version bump that changes nothing would flag every later comparison for no reason.
  if (changed.length === 0) throw new DefinitionUnchangedError(indicator.indicatorId, current.version);
  return [
    {
      type: 'IndicatorDefinitionRevised',
      data: {
        ...next,
        definitionVersion: current.version + 1,
        changed,
        reason: normalizeText(command.reason),
      },
    },
  ];
}
