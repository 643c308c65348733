import { describe, expect, it } from 'vitest';
import { numberOf } from './number-field';

describe('numberOf', () => {
  it('reads a decimal comma, spaces between thousands and a typographic minus', () => {
    expect(numberOf('80,5')).toBe(80.5);
    expect(numberOf('1 200')).toBe(1200);
    expect(numberOf('−2')).toBe(-2);
    expect(numberOf(7)).toBe(7);
  });

  it('gives NaN for an empty field or anything that is not a number, for the API to refuse', () => {
    expect(numberOf('')).toBeNaN();
    expect(numberOf('75 %')).toBeNaN();
    expect(numberOf('1,2,3')).toBeNaN();
  });
});
