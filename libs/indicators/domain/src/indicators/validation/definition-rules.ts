import type { InputIssue } from '../../errors/indicator-input-error';
import { isBlank, normalizeText, optionalText } from '../../shared/text';
import { indicatorDirections, isIndicatorDirection } from '../../vocabulary/indicator-direction';
import { indicatorUnits, isIndicatorUnit } from '../../vocabulary/indicator-unit';
import type { DefinitionFields } from '../indicator.events';

/** The definition as a command carries it, before it is checked. */
export type DefinitionInput = {
  description?: string | null;
  unit: string;
  direction: string;
  measurementMethod: string;
  dataSource: string;
  koladaKpiId?: string | null;
};

const koladaKpiPattern = /^[A-Z]\d{5}$/u;

/** Kolada KPI ids are a capital letter and five digits (N00945); case and spaces are forgiven. */
export function normalizeKoladaKpiId(id: string | null | undefined): string | null {
  const text = optionalText(id);
  return text === null ? null : text.replace(/\s/gu, '').toUpperCase();
}

export function isKoladaKpiId(id: string): boolean {
  return koladaKpiPattern.test(id);
}

/** Every problem of a definition at once, with the field as path. */
export function definitionIssues(input: DefinitionInput): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isIndicatorUnit(input.unit)) {
    issues.push({ path: ['unit'], message: `must be one of ${indicatorUnits.join(', ')}` });
  }
  if (!isIndicatorDirection(input.direction)) {
    issues.push({ path: ['direction'], message: `must be one of ${indicatorDirections.join(', ')}` });
  }
  if (isBlank(input.measurementMethod))
    issues.push({ path: ['measurementMethod'], message: 'must not be blank' });
  if (isBlank(input.dataSource)) issues.push({ path: ['dataSource'], message: 'must not be blank' });
  const kpi = normalizeKoladaKpiId(input.koladaKpiId);
  if (kpi !== null && !isKoladaKpiId(kpi)) {
    issues.push({
      path: ['koladaKpiId'],
      message: 'must be a Kolada KPI id: a letter and five digits, e.g. N00945',
    });
  }
  return issues;
}

/** The definition in its stored form. Call after `definitionIssues` found nothing. */
export function normalizedDefinition(input: DefinitionInput): DefinitionFields {
  if (!isIndicatorUnit(input.unit) || !isIndicatorDirection(input.direction)) {
    throw new Error('normalizedDefinition needs a checked definition');
  }
  return {
    description: optionalText(input.description),
    unit: input.unit,
    direction: input.direction,
    measurementMethod: normalizeText(input.measurementMethod),
    dataSource: normalizeText(input.dataSource),
    koladaKpiId: normalizeKoladaKpiId(input.koladaKpiId),
  };
}
