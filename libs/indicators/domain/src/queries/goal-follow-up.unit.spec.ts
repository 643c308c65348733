import { describe, expect, it } from 'vitest';
import type { IndicatorState } from '../indicators/indicator.state';
import { after, defined, measure, target } from '../testing/indicator-given.fixture';
import { goalFollowUpStatus } from './goal-follow-up';

const indicator = (id: string, goalId: string, outcome: number | null): IndicatorState => {
  const base = after(
    defined({ indicatorId: id, name: `Indikator ${id}` }),
    { type: 'LinkIndicatorToGoal', indicatorId: id, goalId, committeeId: 'sn' },
    target(2021, 75, { indicatorId: id }),
  );
  return outcome === null ? base : after(base, measure('2021', outcome, { indicatorId: id }));
};

describe('goalFollowUpStatus', () => {
  it('takes the worst colour of the linked indicators and lists every rule', () => {
    const status = goalFollowUpStatus('g-5', 2021, [
      indicator('a', 'g-5', 80),
      indicator('b', 'g-5', 74),
      indicator('c', 'g-5', 60),
    ]);
    expect(status.status).toBe('red');
    expect(status.rule).toBe('sämsta färgen bland 3 bedömda av 3 kopplade indikatorer → röd');
    expect(status.rules).toEqual([
      'Indikator a: utfall 80 % ≥ målvärde 75 % → grön',
      'Indikator b: utfall 74 % ≥ målvärde 75 % − tolerans 2 → gul',
      'Indikator c: utfall 60 % < målvärde 75 % − tolerans 2 → röd',
    ]);
  });

  it('leaves grey indicators out while any is assessed', () => {
    const status = goalFollowUpStatus('g-5', 2021, [indicator('a', 'g-5', null), indicator('b', 'g-5', 74)]);
    expect(status).toMatchObject({
      status: 'yellow',
      rule: 'sämsta färgen bland 1 bedömda av 2 kopplade indikatorer (grå räknas inte) → gul',
    });
  });

  it('is grey when every linked indicator is grey, or none is linked; other goals’ indicators are ignored', () => {
    expect(
      goalFollowUpStatus('g-5', 2021, [indicator('a', 'g-5', null), indicator('b', 'g-7', 80)]),
    ).toMatchObject({
      status: 'grey',
      rule: 'alla 1 kopplade indikatorer är grå → grå',
    });
    expect(goalFollowUpStatus('g-9', 2021, [indicator('a', 'g-5', 80)])).toMatchObject({
      status: 'grey',
      rule: 'inga indikatorer kopplade till målet → grå',
      indicators: [],
    });
  });
});
