// Character rules of the JSON grammar (RFC 8259), on UTF-16 code units so the hot loops compare numbers.

/** A JSON number as a whole token; checked once per number, never per character. */
export const jsonNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The one-character escapes after a backslash, by the code of the character after it. */
export const simpleEscapes: ReadonlyMap<number, string> = new Map([
  [0x22, '"'],
  [0x5c, '\\'],
  [0x2f, '/'],
  [0x62, '\b'],
  [0x66, '\f'],
  [0x6e, '\n'],
  [0x72, '\r'],
  [0x74, '\t'],
]);

/** Characters of a number or of true, false and null: read as one token, then judged whole. */
export function isBareTokenCharacter(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x2d ||
    code === 0x2b ||
    code === 0x2e ||
    code === 0x45
  );
}

/** 0–15 for a hex digit, -1 for anything else. */
export function hexDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

/** The character at `index` for a message: `"x"`, or `"\n"` for an invisible one. */
export function describeCharacter(text: string, index: number): string {
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined) return 'the end of the file';
  return JSON.stringify(String.fromCodePoint(codePoint));
}

// Powers of ten that are exact doubles: dividing an exact mantissa by one rounds correctly, so the
// fast path below gives the very double Number() gives.
const exactPowersOfTen = Array.from({ length: 23 }, (_, power) => 10 ** power);

/**
 * The number written at text[from, to) when it is plain (`-12.5`, at most 15 or so digits, no
 * exponent), read from char codes without making a string; NaN for anything else, which the caller
 * then checks and converts the slow way. Most of a Kolada file's numbers take this path.
 */
export function parsePlainNumber(text: string, from: number, to: number): number {
  let index = from;
  const negative = text.charCodeAt(index) === 0x2d;
  if (negative) index += 1;
  const first = text.charCodeAt(index);
  if (first === 0x30) index += 1; // a leading zero stands alone
  else if (!(first >= 0x31 && first <= 0x39)) return Number.NaN;
  let mantissa = first - 0x30;
  if (first !== 0x30) {
    for (index += 1; index < to; index += 1) {
      const digit = text.charCodeAt(index) - 0x30;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
    }
  }
  let decimals = 0;
  if (index < to && text.charCodeAt(index) === 0x2e) {
    for (index += 1; index < to; index += 1) {
      const digit = text.charCodeAt(index) - 0x30;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
      decimals += 1;
    }
    if (decimals === 0) return Number.NaN;
  }
  if (index !== to || mantissa > Number.MAX_SAFE_INTEGER || decimals >= exactPowersOfTen.length) {
    return Number.NaN;
  }
  const value = decimals === 0 ? mantissa : mantissa / (exactPowersOfTen[decimals] ?? 1);
  return negative ? -value : value;
}
