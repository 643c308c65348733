import type { TargetEntry } from '../indicators/indicator.state';
import { decimalText, toDecimal, type Decimal } from '../shared/decimal';
import type { IndicatorUnit } from '../vocabulary/indicator-unit';
import { boundOf } from '../vocabulary/target-comparator';

// The rule texts are Swedish, like the follow-up reports (uppföljning) they end up in; numbers use
// a decimal comma and the unit of the definition version they were measured under.

/** A follow-up colour. */
export type StatusColour = 'green' | 'yellow' | 'red' | 'grey';

/** The Swedish name of a colour, as the rule texts end. */
export const colourNames: Record<StatusColour, string> = {
  green: 'grön',
  yellow: 'gul',
  red: 'röd',
  grey: 'grå',
};

const unitSuffix: Record<IndicatorUnit, string> = {
  percent: ' %',
  count: '',
  years: ' år',
  index: '',
  text: '',
};

/** A number in Swedish notation: decimal comma, typographic minus. */
export function swedishNumber(value: number | Decimal): string {
  const decimal = typeof value === 'number' ? toDecimal(value) : value;
  return decimalText(decimal).replace('.', ',').replace('-', '−');
}

export function withUnit(value: number | Decimal, unit: IndicatorUnit): string {
  return `${swedishNumber(value)}${unitSuffix[unit]}`;
}

/** "målvärde 75 %", or "utgångsvärde 65 % (2019) + ökning 5" for a change target. */
export function levelText(target: TargetEntry, unit: IndicatorUnit): string {
  if (!target.baseline) return `målvärde ${withUnit(target.value, unit)}`;
  const base = `utgångsvärde ${withUnit(target.baseline.value, unit)} (${target.baseline.period})`;
  return target.comparator === 'increase-from-baseline'
    ? `${base} + ökning ${swedishNumber(target.value)}`
    : `${base} − minskning ${swedishNumber(target.value)}`;
}

/**
 * The comparison that decided a colour, e.g. "utfall 73 % ≥ målvärde 75 % − tolerans 2 → gul".
 * Green compares with the level itself; yellow and red with the level widened by the tolerance.
 */
export function comparisonText(
  colour: Exclude<StatusColour, 'grey'>,
  outcome: string,
  target: TargetEntry,
  unit: IndicatorUnit,
  tolerance: number,
): string {
  const lower = boundOf(target.comparator) === 'lower';
  const operator = colour === 'red' ? (lower ? '<' : '>') : lower ? '≥' : '≤';
  const widened =
    colour !== 'green' && tolerance > 0 ? ` ${lower ? '−' : '+'} tolerans ${swedishNumber(tolerance)}` : '';
  return `${outcome} ${operator} ${levelText(target, unit)}${widened} → ${colourNames[colour]}`;
}
