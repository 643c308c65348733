import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstValueTable } from './first-value-table';

describe('FirstValueTable', () => {
  it('keeps the first value of each identity, as a Map would, through growing', () => {
    const identity = fc.oneof(fc.nat({ max: 50 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const value = fc.oneof(fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(identity, value), { maxLength: 10_000 }), (entries) => {
        const table = new FirstValueTable();
        const map = new Map<number, number | null>();
        for (const [key, stored] of entries) {
          expect(table.getOrAdd(key, stored)).toBe(map.get(key));
          if (!map.has(key)) map.set(key, stored);
        }
        for (const [key, stored] of map) expect(table.get(key)).toBe(stored);
        expect(table.get(Number.MAX_SAFE_INTEGER + 1)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('tells apart identities that differ only in their high bits', () => {
    const table = new FirstValueTable();
    const base = 2 ** 40;

    for (let index = 0; index < 10_000; index += 1) table.getOrAdd(base * index + 7, index);

    expect(table.get(base * 9_999 + 7)).toBe(9_999);
    expect(table.get(base * 10_000 + 7)).toBeUndefined();
  });
});
