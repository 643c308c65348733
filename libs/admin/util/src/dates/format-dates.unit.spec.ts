import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, fromDateTimeLocalValue, isIsoDateTime, toDateTimeLocalValue } from './format-dates';

describe('Swedish date formatting', () => {
  it('shows instants as YYYY-MM-DD HH:mm:ss in the given zone', () => {
    expect(formatDateTime('2026-11-22T20:23:35.495Z', 'UTC')).toBe('2026-11-22 20:23:35');
    expect(formatDateTime('2026-11-22T20:23:35.495Z', 'Europe/Stockholm')).toBe('2026-11-22 21:23:35');
    expect(formatDate('2026-11-22T23:30:00Z', 'Europe/Stockholm')).toBe('2026-11-23');
  });

  it('keeps calendar dates as written, never shifting them across a zone', () => {
    expect(formatDate('2005-01-01', 'America/New_York')).toBe('2005-01-01');
    expect(formatDateTime('2020-01-01', 'America/New_York')).toBe('2020-01-01');
  });

  it('passes unreadable values through rather than printing "Invalid Date"', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('datetime-local round trip', () => {
  it('turns an instant into the input value and back', () => {
    const value = toDateTimeLocalValue('2026-03-01T12:05:09.000Z');
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(fromDateTimeLocalValue(value)).toBe('2026-03-01T12:05:09.000Z');
    expect(toDateTimeLocalValue('2026-03-01T12:05:09Z', 'UTC')).toBe('2026-03-01T12:05:09');
  });

  it('answers null for empty or malformed input', () => {
    expect(fromDateTimeLocalValue('')).toBeNull();
    expect(fromDateTimeLocalValue('2026-13-45T99:00')).toBeNull();
    expect(toDateTimeLocalValue('nonsense')).toBe('');
  });
});

describe('isIsoDateTime', () => {
  it('accepts what the API accepts for asOf and nothing else', () => {
    expect(isIsoDateTime('2026-03-01T12:00:00Z')).toBe(true);
    expect(isIsoDateTime('2026-03-01T12:00:00.123+01:00')).toBe(true);
    expect(isIsoDateTime('2026-03-01')).toBe(false);
    expect(isIsoDateTime('2026-03-01T12:00')).toBe(false);
    expect(isIsoDateTime(['2026-03-01T12:00:00Z'])).toBe(false);
  });
});
