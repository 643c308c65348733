import { describe, expect, it } from 'vitest';
import { indicatorIdOfStream, indicatorStreamId, isIndicatorStream } from '../shared/stream-ids';
import { measure, nojdhet, target } from '../testing/indicator-given.fixture';
import { indicatorCommandReason, indicatorStreamIdOf } from './decide';

describe('indicator streams', () => {
  it('names the one stream every command appends to, and reads the id back', () => {
    expect(indicatorStreamIdOf(nojdhet)).toBe('indicator-nojdhet');
    expect(indicatorStreamIdOf(measure('2019', 70))).toBe(indicatorStreamId('nojdhet'));
    expect(isIndicatorStream('indicator-nojdhet')).toBe(true);
    expect(isIndicatorStream('plan-sn-2021')).toBe(false);
    expect(indicatorIdOfStream('indicator-a-b')).toBe('a-b');
    expect(indicatorIdOfStream('goal-1')).toBeNull();
  });

  it('hands the reason a command gives to the envelope', () => {
    expect(indicatorCommandReason(target(2021, 80, { reason: 'Nämndbeslut' }))).toBe('Nämndbeslut');
    expect(indicatorCommandReason(measure('2019', 70))).toBeNull();
    expect(indicatorCommandReason(nojdhet)).toBeNull();
  });
});
