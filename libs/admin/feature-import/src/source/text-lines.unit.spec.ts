import { describe, expect, it } from 'vitest';
import { lineRange } from './text-lines';

describe('lineRange', () => {
  const text = 'Socialnämndens mål 2006\r\nInriktningsmål\n\n1. Ett mål.';
  const lineAt = (line: number) => {
    const range = lineRange(text, line);
    return range && text.slice(range.start, range.end);
  };

  it('finds a line whatever ends the lines before it', () => {
    expect(lineRange(text, 1)).toEqual({ start: 0, end: 23 });
    expect(lineAt(2)).toBe('Inriktningsmål');
    expect(lineRange(text, 3)).toEqual({ start: 40, end: 40 });
    expect(lineAt(4)).toBe('1. Ett mål.');
  });

  it('answers null past the end or for a line that is not a line number', () => {
    expect(lineRange(text, 5)).toBeNull();
    expect(lineRange(text, 0)).toBeNull();
    expect(lineRange(text, 1.5)).toBeNull();
  });
});
