import type { JsonScalar } from './json/json-events';
import { koladaGenders, type KoladaGender } from './kolada-row';

const kpiId = /^[A-Z]\d{5}$/;
const municipalityCode = /^\d{4}$/;
const yearText = /^\d{4}$/;

/** A KPI id such as N00945. */
export function isKpiId(value: JsonScalar): value is string {
  return typeof value === 'string' && kpiId.test(value);
}

/** A four-digit municipality code such as 0182, or 0000 for the whole country. */
export function isMunicipalityCode(value: JsonScalar): value is string {
  return typeof value === 'string' && municipalityCode.test(value);
}

/** A period as a four-digit year: Kolada writes a number, and a string such as "2019" is taken too. */
export function toYear(value: JsonScalar): number | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : null;
  }
  if (typeof value === 'string' && yearText.test(value)) return Number(value);
  return null;
}

/** A value or count: a finite number, or null for none (`1e999` parses to Infinity and is refused). */
export function isMeasure(value: JsonScalar): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value));
}

/** T, K or M. */
export function isGender(value: JsonScalar): value is KoladaGender {
  return typeof value === 'string' && (koladaGenders as readonly string[]).includes(value);
}

/** A JSON value for a message: strings quoted and cut short, numbers as they are. */
export function describeValue(value: JsonScalar): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to hold';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
