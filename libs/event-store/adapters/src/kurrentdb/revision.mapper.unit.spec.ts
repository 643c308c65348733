import { NO_STREAM, STREAM_EXISTS, ANY } from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { firstRevisionOf, toActualRevision, toExpectedRevision, toRevisionNumber, toStreamState } from './revision.mapper';

describe('expected revision ↔ streamState', () => {
  it.each([
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    ['any', ANY],
    [0, 0n],
    [41, 41n],
    [Number.MAX_SAFE_INTEGER, 9007199254740991n],
  ] as const)('maps %s to %s and back', (expected, state) => {
    expect(toStreamState(expected)).toBe(state);
    expect(toExpectedRevision(state)).toBe(expected);
  });

  it('refuses a KurrentDB revision a JS number cannot hold exactly', () => {
    expect(() => toExpectedRevision(9007199254740992n)).toThrow(RangeError);
  });
});

describe('stream revision (bigint) → revision number', () => {
  it('keeps every safe integer exactly', () => {
    expect(toRevisionNumber(0n)).toBe(0);
    expect(toRevisionNumber(123n)).toBe(123);
    expect(toRevisionNumber(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('throws beyond Number.MAX_SAFE_INTEGER and below zero rather than round', () => {
    expect(() => toRevisionNumber(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(/outside/);
    expect(() => toRevisionNumber(18446744073709551615n)).toThrow(RangeError);
    expect(() => toRevisionNumber(-1n)).toThrow(RangeError);
  });
});

describe('current stream state → actual revision', () => {
  it("reports a missing stream as 'no_stream' and a revision as a number", () => {
    expect(toActualRevision(NO_STREAM)).toBe('no_stream');
    expect(toActualRevision(0n)).toBe(0);
    expect(toActualRevision(7n)).toBe(7);
  });

  it("treats KurrentDB's negative markers (deleted, tombstoned) as 'no_stream'", () => {
    expect(toActualRevision(-1n)).toBe('no_stream');
    expect(toActualRevision(-5n)).toBe('no_stream');
  });
});

describe('where a batch lands', () => {
  it.each([
    [4, 'no_stream', 5],
    [4, 9, 5],
    ['no_stream', 'no_stream', 0],
    ['any', 'no_stream', 0],
    ['any', 3, 4],
    ['stream_exists', 3, 4],
    ['stream_exists', 'no_stream', 0],
  ] as const)('expected %s with the stream at %s lands at %s', (expected, current, first) => {
    expect(firstRevisionOf(expected, current)).toBe(first);
  });
});
