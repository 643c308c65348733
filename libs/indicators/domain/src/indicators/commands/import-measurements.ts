import { throwIfAny, type InputIssue } from '../../errors/indicator-input-error';
import { isBlank, normalizeText, optionalText } from '../../shared/text';
import type { IndicatorUnit } from '../../vocabulary/indicator-unit';
import { checkDefinitionVersion, checkUnit, requireIndicator } from '../indicator-guards';
import type {
  GenderBreakdown,
  MeasurementCorrected,
  MeasurementData,
  MeasurementRecorded,
} from '../indicator.events';
import type { IndicatorState } from '../indicator.state';
import {
  checkMeasurement,
  isSameMeasurement,
  type ComparableMeasurement,
} from '../validation/measurement-rules';

/** One imported outcome: a period's total, optional breakdown, and a source if not the batch's. */
export type MeasurementRow = {
  period: string;
  value: number | string;
  breakdown?: GenderBreakdown | null;
  source?: string | null;
};

/** Import many outcomes of one indicator in one decision and one append (e.g. a Kolada file). */
export type ImportMeasurements = {
  type: 'ImportMeasurements';
  indicatorId: string;
  /** The unit the importer believes the indicator has; it must be the indicator's. */
  unit: IndicatorUnit;
  /** Source of every row that names none, e.g. "Kolada". */
  source: string;
  /** Reason for every correction the batch makes, e.g. "Kolada import 2024-03.csv". */
  reason?: string | null;
  rows: readonly MeasurementRow[];
  /** Default: the current definition version. */
  definitionVersion?: number | null;
};

/**
 * Decides a whole batch in one pass, linear in rows: each row is looked up by period in the
 * state's map and in a map of the rows already decided, never by scanning. Rows apply in order,
 * as if recorded one by one: a row equal to the period's value is skipped (so a re-import decides
 * nothing), a new period is recorded, another value is a correction with the batch's reason. If
 * any row is invalid nothing is decided, and every invalid row is reported at `['rows', i, …]`.
 */
export function decideImportMeasurements(
  command: ImportMeasurements,
  state: IndicatorState | null,
): (MeasurementRecorded | MeasurementCorrected)[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const issues: InputIssue[] = [];
  checkUnit(indicator, command.unit, issues);
  if (isBlank(command.source)) issues.push({ path: ['source'], message: 'must not be blank' });
  const definitionVersion = checkDefinitionVersion(indicator, command.definitionVersion, issues);
  const batchSource = optionalText(command.source) ?? '';
  const reason = optionalText(command.reason);
  const unit = indicator.definition.unit;
  const decided = new Map<string, ComparableMeasurement>();
  const events: (MeasurementRecorded | MeasurementCorrected)[] = [];
  let firstCorrection: number | null = null;

  for (let index = 0; index < command.rows.length; index++) {
    const row = command.rows[index] as MeasurementRow;
    const checked = checkMeasurement(unit, row, () => ['rows', index], issues);
    if (!checked) continue;
    const previous = decided.get(checked.period) ?? indicator.measurements.get(checked.period)?.current;
    if (previous && isSameMeasurement(previous, checked, command.definitionVersion)) continue;
    const source = isBlank(row.source) ? batchSource : normalizeText(row.source ?? '');
    const data: MeasurementData = {
      period: checked.period,
      value: checked.value,
      breakdown: checked.breakdown,
      source,
      definitionVersion,
    };
    decided.set(checked.period, data);
    if (previous) {
      firstCorrection ??= index;
      events.push({ type: 'MeasurementCorrected', data: { ...data, reason: reason ?? '' } });
    } else {
      events.push({ type: 'MeasurementRecorded', data });
    }
  }

  if (firstCorrection !== null && reason === null) {
    issues.push({
      path: ['reason'],
      message: `must say why: row ${firstCorrection} corrects an earlier outcome`,
    });
  }
  throwIfAny(issues);
  return events;
}
