import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical-text';
import { canonicalJson } from './hash-chain';

describe('canonicalText', () => {
  it('writes any JSON value as the hash chain canonicalises it, and as JSON reads it back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalText(value);
        expect(text).toBe(canonicalJson(value as never));
        expect(JSON.parse(text as string)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('sorts keys at every depth and leaves out undefined members as JSON.stringify does', () => {
    expect(canonicalText({ b: [{ z: 1, a: undefined }, undefined], a: 'å' })).toBe('{"a":"å","b":[{"z":1},null]}');
  });

  it('refuses what JSON would silently change', () => {
    for (const value of [{ n: Number.NaN }, { i: Infinity }, [() => 1], { d: new Date(0) }, { b: 1n }, { s: Symbol('x') }]) {
      expect(canonicalText(value)).toBeUndefined();
    }
  });
});
