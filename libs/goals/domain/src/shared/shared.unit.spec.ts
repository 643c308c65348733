import { describe, expect, it } from 'vitest';
import { InvalidTimestampError } from '../errors/query-errors';
import { isCalendarDate } from './calendar-date';
import { storedInstant, toInstant } from './instant';
import { normalizeText } from './text';

describe('toInstant', () => {
  it('reads dates as the start of the day and zone-less times as UTC, on every machine', () => {
    expect(toInstant('2021-01-01')).toBe(Date.UTC(2021, 0, 1));
    expect(toInstant('2021-01-01T10:00')).toBe(Date.UTC(2021, 0, 1, 10));
    expect(toInstant('2021-01-01T10:00:00+01:00')).toBe(Date.UTC(2021, 0, 1, 9));
    expect(toInstant('2021-01-01T10:00:00.123Z')).toBe(Date.UTC(2021, 0, 1, 10, 0, 0, 123));
  });

  it.each(['', 'igår', '2021-13-01', '2021-01-01 10:00', '1609459200000'])('rejects "%s"', (value) => {
    expect(() => toInstant(value)).toThrow(InvalidTimestampError);
  });
});

describe('storedInstant', () => {
  it('reads ISO times like toInstant and falls back to Date.parse for what the store let through', () => {
    expect(storedInstant('2021-01-01')).toBe(Date.UTC(2021, 0, 1));
    expect(storedInstant('2021-01-01T10:00:00.123456Z')).toBe(Date.UTC(2021, 0, 1, 10, 0, 0, 123));
    expect(storedInstant('Fri, 01 Jan 2021 10:00:00 GMT')).toBe(Date.UTC(2021, 0, 1, 10));
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(['2020-02-29', '2000-02-29', '2021-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2021-02-29', '1900-02-29', '2021-04-31', '2021-00-10', '21-01-01'].some(isCalendarDate)).toBe(
      false,
    );
  });
});

describe('normalizeText', () => {
  it('composes å ä ö, collapses whitespace and trims', () => {
    expect(normalizeText(' Där  äldre\n och\tfunktionsvarierade '.normalize('NFD'))).toBe(
      'Där äldre och funktionsvarierade',
    );
  });
});
