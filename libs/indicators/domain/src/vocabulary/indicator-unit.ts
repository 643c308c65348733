/** What an indicator's values are: a percentage, a count, a number of years, an index, or free text. */
export const indicatorUnits = ['percent', 'count', 'years', 'index', 'text'] as const;

export type IndicatorUnit = (typeof indicatorUnits)[number];

export function isIndicatorUnit(value: unknown): value is IndicatorUnit {
  return typeof value === 'string' && (indicatorUnits as readonly string[]).includes(value);
}

/** Numeric units have targets and colours; text indicators are only reported. */
export type NumericUnit = Exclude<IndicatorUnit, 'text'>;

export function isNumericUnit(unit: IndicatorUnit): unit is NumericUnit {
  return unit !== 'text';
}
