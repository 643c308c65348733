import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value';

describe('formatValue', () => {
  it('writes numbers the reader’s way with the unit', () => {
    expect(formatValue(75.5, 'percent', 'sv')).toBe('75,5 %');
    expect(formatValue(75.5, 'percent', 'en')).toBe('75.5 %');
    expect(formatValue(14.25, 'years', 'sv')).toBe('14,25 år');
    expect(formatValue(3, 'years', 'en')).toBe('3 years');
    expect(formatValue(1200, 'count', 'en')).toBe('1,200');
  });

  it('shows a text outcome as written', () => {
    expect(formatValue('Arbetet har påbörjats', 'text', 'sv')).toBe('Arbetet har påbörjats');
  });
});
