import { describe, expect, it } from 'vitest';
import { addDecimal, compareDecimal, decimalText, subtractDecimal, toDecimal } from './decimal';

describe('decimal', () => {
  it('adds and subtracts the decimals that were written, where floating point drifts', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(compareDecimal(addDecimal(toDecimal(0.1), toDecimal(0.2)), toDecimal(0.3))).toBe(0);
    expect(50.1 - 0.3).not.toBe(49.8);
    expect(compareDecimal(subtractDecimal(toDecimal(50.1), toDecimal(0.3)), toDecimal(49.8))).toBe(0);
  });

  it('orders numbers of different scales and signs', () => {
    expect(compareDecimal(toDecimal(72.99), toDecimal(73))).toBe(-1);
    expect(compareDecimal(toDecimal(-0.5), toDecimal(-1))).toBe(1);
    expect(compareDecimal(toDecimal(1e21), toDecimal(999_999_999_999_999_900_000))).toBe(1);
  });

  it('reads exponent notation and writes plain decimals without trailing zeros', () => {
    expect(decimalText(toDecimal(1.5e-7))).toBe('0.00000015');
    expect(decimalText(toDecimal(2e21))).toBe('2000000000000000000000');
    expect(decimalText(subtractDecimal(toDecimal(75), toDecimal(2.5)))).toBe('72.5');
    expect(decimalText(subtractDecimal(toDecimal(1), toDecimal(1.25)))).toBe('-0.25');
  });

  it('refuses what is not a finite number', () => {
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
