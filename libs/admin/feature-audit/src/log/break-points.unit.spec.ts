import { describe, expect, it } from 'vitest';
import { streamParts, typeParts } from './break-points';

describe('break points of long names', () => {
  it('splits a stream id after its hyphens and an event type before its capitals, losing nothing', () => {
    expect(streamParts('plan-socialnamnden-2005')).toEqual(['plan-', 'socialnamnden-', '2005']);
    expect(typeParts('IndicatorLinkedToGoal')).toEqual(['Indicator', 'Linked', 'To', 'Goal']);
    expect(streamParts('user-admin').join('')).toBe('user-admin');
  });
});
