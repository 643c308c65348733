import { describe, expect, it } from 'vitest';
import { comparePositions, isReached } from './positions';

describe('comparePositions', () => {
  it('orders SQL positions as numbers, not as text', () => {
    expect(comparePositions('9', '10')).toBe(-1);
    expect(comparePositions('10', '10')).toBe(0);
    expect(comparePositions('9007199254740993', '9007199254740992')).toBe(1);
  });

  it('orders KurrentDB positions by commit, then prepare', () => {
    expect(comparePositions('100/90', '100/95')).toBe(-1);
    expect(comparePositions('200/10', '100/95')).toBe(1);
  });

  it('refuses what no adapter produces', () => {
    expect(() => comparePositions('abc', '1')).toThrow(RangeError);
  });

  it('a null checkpoint has reached nothing', () => {
    expect(isReached('1', null)).toBe(false);
    expect(isReached('5', '7')).toBe(true);
  });
});
