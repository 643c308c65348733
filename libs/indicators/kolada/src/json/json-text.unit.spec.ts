import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonNumber, parsePlainNumber } from './json-text';

/** The fast path's answer for a whole token, as the tokenizer calls it (inside a longer text). */
function plain(token: string): number {
  return parsePlainNumber(`[${token},`, 1, 1 + token.length);
}

describe('parsePlainNumber', () => {
  it('gives exactly what Number gives for plain decimals', () => {
    for (const token of ['0', '-0', '7', '73.5', '-0.05', '1234567.125', '0.1', '0.3000000000000004', '123456789012345']) {
      expect(Object.is(plain(token), Number(token))).toBe(true);
    }
  });

  it('agrees with Number for any decimal it takes, and leaves the rest to the slow path', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 });
    const token = fc
      .tuple(fc.boolean(), digits, fc.option(digits, { nil: undefined }))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
    fc.assert(
      fc.property(token, (text) => {
        const fast = plain(text);
        if (!jsonNumber.test(text)) expect(fast).toBeNaN();
        else if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Number on the shortest text of any double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = String(value);
        const fast = plain(text);
        if (!Number.isNaN(fast)) expect(fast).toBe(Number(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('declines what is not a plain JSON decimal', () => {
    const tooManyDigits = ['12345678901234567890', '0.30000000000000004'];
    for (const token of ['', '-', '01', '1.', '.5', '1e5', '1E-2', '+1', '1.2.3', 'null', ...tooManyDigits]) {
      expect(plain(token)).toBeNaN();
    }
  });
});
