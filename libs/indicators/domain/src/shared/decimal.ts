/**
 * Exact decimal arithmetic for status boundaries. `50.1 - 0.3` is 49.800000000000004 in floating
 * point, which would turn an outcome of exactly "target − tolerance" red. Each number is taken as
 * the decimal its shortest text spells (what the user typed) and scaled to an integer.
 */
export type Decimal = { readonly units: bigint; readonly scale: number };

const numberText = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u;

export function toDecimal(value: number): Decimal {
  const match = numberText.exec(String(value));
  if (!match) throw new RangeError(`${value} is not a finite number`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  const units = BigInt(`${sign}${whole}${fraction}`);
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

/** Negative, zero or positive as a is less than, equal to or greater than b. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The plain decimal text, e.g. `73.5` or `-0.25`, without trailing zeros. */
export function decimalText(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/u, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
