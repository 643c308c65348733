/** Which way is better: more (nöjdhet), less (besvärsärenden), or reaching a level either way. */
export const indicatorDirections = ['increase', 'decrease', 'reach'] as const;

export type IndicatorDirection = (typeof indicatorDirections)[number];

export function isIndicatorDirection(value: unknown): value is IndicatorDirection {
  return typeof value === 'string' && (indicatorDirections as readonly string[]).includes(value);
}
