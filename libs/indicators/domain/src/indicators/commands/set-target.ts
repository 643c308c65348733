import { TextIndicatorTargetError } from '../../errors/indicator-errors';
import { throwIfAny, type InputIssue } from '../../errors/indicator-input-error';
import { isBlank, normalizeText } from '../../shared/text';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import type { TargetComparator } from '../../vocabulary/target-comparator';
import { checkDefinitionVersion, checkUnit, requireIndicator } from '../indicator-guards';
import type { BaselineData, TargetData, TargetRevised, TargetSet } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';
import { sameTarget, targetIssues } from '../validation/target-rules';

/**
 * Set a year's target (målvärde). A year that has one already gets a revision, which needs a
 * reason; the earlier target stays in the history.
 */
export type SetTarget = {
  type: 'SetTarget';
  indicatorId: string;
  /** The unit the caller believes the indicator has; it must be the indicator's. */
  unit: IndicatorUnit;
  year: number;
  comparator: TargetComparator;
  /** The level for at-least/at-most; the required change (> 0) for the baseline comparators. */
  value: number;
  /** Required for the baseline comparators, absent otherwise. */
  baseline?: BaselineData | null;
  /** Required when the year already has a target. */
  reason?: string | null;
  /** Default: the current definition version. */
  definitionVersion?: number | null;
};

/**
 * Setting the target a year already has decides nothing, unless an explicit other definition
 * version is named: that re-affirms the target under the new definition (a revision).
 */
export function decideSetTarget(
  command: SetTarget,
  state: IndicatorState | null,
): (TargetSet | TargetRevised)[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const { unit, direction } = indicator.definition;
  const issues: InputIssue[] = [];
  checkUnit(indicator, command.unit, issues);
  if (unit === 'text') {
    throwIfAny(issues);
    throw new TextIndicatorTargetError(indicator.indicatorId);
  }
  issues.push(...targetIssues(command, unit, direction));
  const definitionVersion = checkDefinitionVersion(indicator, command.definitionVersion, issues);
  const existing = indicator.targets.get(command.year)?.current;
  const sameVersion = command.definitionVersion == null || existing?.definitionVersion === definitionVersion;
  const same = existing !== undefined && sameVersion && sameTarget(existing, command);
  if (same && issues.length === 0) return [];
  if (existing && !same && isBlank(command.reason)) {
    issues.push({ path: ['reason'], message: `must say why the ${command.year} target is revised` });
  }
  throwIfAny(issues);
  const data: TargetData = {
    year: command.year,
    comparator: command.comparator,
    value: command.value,
    baseline: command.baseline ? { period: command.baseline.period, value: command.baseline.value } : null,
    definitionVersion,
  };
  return existing
    ? [{ type: 'TargetRevised', data: { ...data, reason: normalizeText(command.reason ?? '') } }]
    : [{ type: 'TargetSet', data }];
}
