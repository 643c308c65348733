import type { IndicatorUnit } from '@goaltrail/indicators-domain';

const numberLocales: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };
const yearWords: Record<string, string> = { sv: 'år', en: 'years' };

/**
 * A value with its unit in the reader's language: `75,5 %` in Swedish, `75.5 %` in English. Text
 * indicators' values are shown as written.
 */
export function formatValue(value: number | string, unit: IndicatorUnit, locale: string): string {
  if (typeof value === 'string') return value;
  const number = new Intl.NumberFormat(numberLocales[locale] ?? locale, { maximumFractionDigits: 2 }).format(value);
  switch (unit) {
    case 'percent':
      return `${number} %`;
    case 'years':
      return `${number} ${yearWords[locale] ?? yearWords['en']}`;
    case 'count':
    case 'index':
    case 'text':
      return number;
    default:
      return assertNever(unit);
  }
}

function assertNever(unit: never): string {
  throw new Error(`unknown unit ${String(unit)}`);
}
