import { IndicatorInputError, throwIfAny, type InputIssue } from '../../errors/indicator-input-error';
import { isBlank, normalizeText } from '../../shared/text';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import { checkDefinitionVersion, checkUnit, requireIndicator } from '../indicator-guards';
import type { GenderBreakdown, MeasurementCorrected, MeasurementRecorded } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';
import { checkMeasurement, isSameMeasurement } from '../validation/measurement-rules';

/**
 * Record a period's outcome (utfall). A period that has one already gets a correction, which
 * needs a reason; the earlier value stays in the history.
 */
export type RecordMeasurement = {
  type: 'RecordMeasurement';
  indicatorId: string;
  /** The unit the caller believes the indicator has; it must be the indicator's. */
  unit: IndicatorUnit;
  /** `2019`, `2019-H1`, `2019-Q3` or `2019-07`. */
  period: string;
  /** The total (Kolada's T); a string for text indicators. */
  value: number | string;
  /** Kolada's K (women) and M (men); either may be null. */
  breakdown?: GenderBreakdown | null;
  source: string;
  /** Required when the period already has an outcome. */
  reason?: string | null;
  /** Default: the current definition version. */
  definitionVersion?: number | null;
};

/** Recording the value a period already has decides nothing (see `isSameMeasurement`). */
export function decideRecordMeasurement(
  command: RecordMeasurement,
  state: IndicatorState | null,
): (MeasurementRecorded | MeasurementCorrected)[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const issues: InputIssue[] = [];
  checkUnit(indicator, command.unit, issues);
  const checked = checkMeasurement(indicator.definition.unit, command, () => [], issues);
  if (isBlank(command.source)) issues.push({ path: ['source'], message: 'must not be blank' });
  const definitionVersion = checkDefinitionVersion(indicator, command.definitionVersion, issues);
  // Without a valid period there is no telling whether this is a correction.
  if (!checked) throw new IndicatorInputError(issues);
  const existing = indicator.measurements.get(checked.period)?.current;
  const same = existing !== undefined && isSameMeasurement(existing, checked, command.definitionVersion);
  if (same && issues.length === 0) return [];
  if (existing && !same && isBlank(command.reason)) {
    issues.push({ path: ['reason'], message: `must say why the ${checked.period} outcome is corrected` });
  }
  throwIfAny(issues);
  const data = { ...checked, source: normalizeText(command.source), definitionVersion };
  return existing
    ? [{ type: 'MeasurementCorrected', data: { ...data, reason: normalizeText(command.reason ?? '') } }]
    : [{ type: 'MeasurementRecorded', data }];
}
