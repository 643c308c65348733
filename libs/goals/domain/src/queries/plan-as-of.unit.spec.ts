import { describe, expect, it } from 'vitest';
import { InvalidTimestampError } from '../errors/query-errors';
import { committeeId } from '../testing/seed-2005.fixture';
import { text2020 } from '../testing/seed-2020.fixture';
import { newWording, recorded, rewordedGoalId, scenario2021 } from '../testing/scenario-2021.fixture';
import { planAsOf } from './plan-as-of';
import { goalsOf, type PlanView } from './plan-view';

const wordingOf = (plan: PlanView | null) => plan && goalsOf(plan).find((g) => g.goalId === rewordedGoalId);

describe('planAsOf', () => {
  const { events } = scenario2021({ amend: true });
  const query = { committeeId, year: 2021 };

  it('given the 2021 scenario, when asked now, then the plan is amended with sections, titles, bullets and revisions', () => {
    const plan = planAsOf(events, query);
    expect(plan?.status).toBe('amended');
    expect(plan?.carriedForwardFrom).toBe(2020);
    expect(plan?.sections.map((s) => (s.type === 'focusArea' ? s.title : s.goalKind))).toEqual([
      'En attraktiv och växande kommun',
      'En hållbar kommun',
      'En lärande kommun',
      'En öppen kommun',
    ]);
    expect(plan?.sections[2]?.type === 'focusArea' && plan.sections[2].description[1]).toBe(
      'Där skola, akademi och näringsliv möts i nätverk och science parks',
    );
    expect(wordingOf(plan)).toMatchObject({ revision: 2, number: 1, kind: 'committee', carriedFrom: 2020 });
  });

  it('when asked as recorded before the rewording, then the draft shows the old wording', () => {
    const plan = planAsOf(events, { ...query, recordedAt: '2026-03-01T09:15:00Z' });
    expect(plan?.status).toBe('draft');
    expect(wordingOf(plan)).toMatchObject({ text: text2020('oppen', 1), revision: 0 });
  });

  it('when asked as recorded right after adoption, then it is adopted with the new wording', () => {
    const plan = planAsOf(events, { ...query, recordedAt: recorded.adopted });
    expect(plan).toMatchObject({
      status: 'adopted',
      adoption: { decisionRef: 'SN 2020-12-10 § 123', decidedOn: '2020-12-10' },
    });
    expect(wordingOf(plan)).toMatchObject({ text: newWording, revision: 1 });
  });

  it('when asked by business time, then changes count from when they take effect', () => {
    expect(wordingOf(planAsOf(events, { ...query, effectiveAt: '2020-11-01' }))?.text).toBe(
      text2020('oppen', 1),
    );
    expect(planAsOf(events, { ...query, effectiveAt: '2020-12-31' })?.status).toBe('draft');
    const inForce = planAsOf(events, { ...query, effectiveAt: '2021-03-01' });
    expect([inForce?.status, wordingOf(inForce)?.text]).toEqual(['adopted', newWording]);
    expect(planAsOf(events, { ...query, effectiveAt: '2021-07-01T00:00:00+02:00' })?.status).toBe('amended');
  });

  it('when both clocks are given, then an event must pass both', () => {
    const plan = planAsOf(events, {
      ...query,
      recordedAt: '2026-03-01T09:45:00Z',
      effectiveAt: '2022-01-01',
    });
    expect([plan?.status, wordingOf(plan)?.revision]).toEqual(['draft', 1]);
  });

  it('when asked before the plan was drafted, then there is no plan', () => {
    expect(planAsOf(events, { ...query, recordedAt: '2026-02-01T00:00:00Z' })).toBeNull();
    expect(planAsOf(events, { committeeId, year: 1999 })).toBeNull();
  });

  it('given the 2020 plan, when asked after 2021 was reworded, then 2020 still holds its own wording', () => {
    expect(wordingOf(planAsOf(events, { committeeId, year: 2020 }))).toMatchObject({
      text: text2020('oppen', 1),
      revision: 0,
    });
  });

  it('given goals linked from 2005, then the 2020 view lists their ancestors', () => {
    const plan = planAsOf(events, { committeeId, year: 2020 });
    expect(wordingOf(plan)?.ancestors.map((a) => [a.year, a.goalId, a.relation])).toEqual([
      [2005, 'sn2005-im3', 'merged'],
      [2005, 'sn2005-em7', 'merged'],
    ]);
  });

  it('given unknown event types and shuffled input, when folded, then only the revision moves on', () => {
    const plan = planAsOf(events, query);
    const last = events.filter((e) => e.streamId === 'plan-socialnamnden-2021').at(-1);
    if (!plan || !last) throw new Error('scenario has no 2021 plan');
    const noise = { ...last, type: 'PlanCommentAdded', data: { text: 'Bra!' }, revision: last.revision + 1 };
    const shuffled = [noise, ...[...events].reverse()];
    expect(planAsOf(shuffled, query)).toEqual({ ...plan, revision: last.revision + 1 });
  });

  it('when a time is not ISO 8601, then InvalidTimestampError', () => {
    expect(() => planAsOf(events, { ...query, recordedAt: 'igår' })).toThrow(InvalidTimestampError);
  });
});
