import { InvalidPositionError } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { comparePositions, formatPosition, isAfter, parsePosition } from './position.mapper';

describe('KurrentDB position ↔ opaque string', () => {
  it('writes commit/prepare in decimal', () => {
    expect(formatPosition({ commit: 1_234_567n, prepare: 1_234_000n })).toBe('1234567/1234000');
  });

  it.each([
    { commit: 0n, prepare: 0n },
    { commit: 18446744073709551615n, prepare: 18446744073709551000n },
    { commit: 9_007_199_254_740_993n, prepare: 9_007_199_254_740_993n },
  ])('round-trips $commit/$prepare without losing precision', (position) => {
    expect(parsePosition(formatPosition(position))).toEqual(position);
  });

  it.each(['', '42', '1/', '/2', '1/2/3', '-1/0', '1.5/2', ' 1/2', 'abc'])(
    'refuses %j with the port InvalidPositionError',
    (text) => {
      expect(() => parsePosition(text)).toThrow(InvalidPositionError);
    },
  );
});

describe('position order', () => {
  it('orders by commit, then by prepare (events of one append share a commit)', () => {
    expect(comparePositions({ commit: 10n, prepare: 5n }, { commit: 20n, prepare: 1n })).toBeLessThan(0);
    expect(comparePositions({ commit: 20n, prepare: 15n }, { commit: 20n, prepare: 12n })).toBeGreaterThan(0);
    expect(comparePositions({ commit: 20n, prepare: 12n }, { commit: 20n, prepare: 12n })).toBe(0);
  });

  it('is strictly after a bound, and everything is after no bound', () => {
    expect(isAfter({ commit: 20n, prepare: 12n }, { commit: 20n, prepare: 12n })).toBe(false);
    expect(isAfter({ commit: 20n, prepare: 13n }, { commit: 20n, prepare: 12n })).toBe(true);
    expect(isAfter({ commit: 0n, prepare: 0n }, undefined)).toBe(true);
  });
});
