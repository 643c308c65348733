import { describe, expect, it } from 'vitest';
import { lineageLinks } from '../queries/lineage-links';
import { planAsOf } from '../queries/plan-as-of';
import type { PlanView } from '../queries/plan-view';
import { committeeId, ids2005 } from '../testing/seed-2005.fixture';
import { id2020 } from '../testing/seed-2020.fixture';
import { rewordedGoalId, scenario2021 } from '../testing/scenario-2021.fixture';
import { diffPlans } from './diff-plans';
import { formatWordDiff } from './word-diff';

function planPair(
  log: ReturnType<typeof scenario2021>,
  fromYear: number,
  toYear: number,
): [PlanView, PlanView] {
  const view = (year: number) => {
    const plan = planAsOf(log.events, { committeeId, year });
    if (!plan) throw new Error(`no ${year} plan`);
    return plan;
  };
  return [view(fromYear), view(toYear)];
}

describe('diffPlans', () => {
  it('given 2021 carried from 2020 with one rewording, then that goal is reworded word by word and the rest unchanged', () => {
    const log = scenario2021();
    const [from, to] = planPair(log, 2020, 2021);
    const diff = diffPlans(from, to, lineageLinks(log.events, committeeId));
    expect([diff.added, diff.retired, diff.moved]).toEqual([[], [], []]);
    expect(diff.unchanged).toHaveLength(4);
    expect(diff.reworded.map((r) => [r.to.goalId, r.relation, formatWordDiff(r.tokens)])).toEqual([
      [
        rewordedGoalId,
        'reworded',
        'Socialnämnden ska ha en tydlig [-och-]{+,+} förståelig {+och rättssäker+} myndighetsutövning',
      ],
    ]);
  });

  it('given a goal moved to another focus area and one retired, then the diff shows the move and the retirement reason', () => {
    const log = scenario2021();
    const at = { recordedAt: '2026-05-01T08:00:00Z' };
    log.run({ type: 'DraftPlan', committeeId, year: 2022, fromYear: 2021 }, at);
    const moved = id2020('larande', 2);
    log.run(
      { type: 'MoveGoal', committeeId, year: 2022, goalId: moved, focusAreaId: 'oppen', number: 2 },
      at,
    );
    log.run(
      {
        type: 'RetireGoal',
        committeeId,
        year: 2022,
        goalId: id2020('attraktiv', 1),
        reason: 'Ingår i personalpolicyn',
      },
      at,
    );
    log.run(
      {
        type: 'AddGoal',
        committeeId,
        year: 2022,
        goalId: 'sn2022-ny',
        kind: 'committee',
        number: 1,
        text: 'Socialnämnden minskar hemlösheten',
        focusAreaId: 'attraktiv',
      },
      at,
    );
    const [from, to] = planPair(log, 2021, 2022);
    const diff = diffPlans(from, to, lineageLinks(log.events, committeeId));
    expect(diff.moved.map((m) => [m.to.goalId, m.fromSection, m.toSection])).toEqual([
      [
        moved,
        { id: 'focus-area:larande', title: 'En lärande kommun' },
        { id: 'focus-area:oppen', title: 'En öppen kommun' },
      ],
    ]);
    expect(diff.retired.map((r) => [r.goal.goalId, r.rationale])).toEqual([
      [id2020('attraktiv', 1), 'Ingår i personalpolicyn'],
    ]);
    expect(diff.added.map((g) => g.goalId)).toEqual(['sn2022-ny']);
    expect(diff.unchanged).toHaveLength(3);
  });

  it('given the 2005 and 2020 seeds with lineage, then merged goals pair with their successor and the rest are added or retired', () => {
    const log = scenario2021();
    const [from, to] = planPair(log, 2005, 2020);
    const diff = diffPlans(from, to, lineageLinks(log.events, committeeId));
    expect(diff.reworded.map((r) => [r.from.goalId, r.to.goalId, r.relation])).toEqual([
      [ids2005.im(5), id2020('larande', 1), 'replaced'],
      [ids2005.im(3), rewordedGoalId, 'merged'],
      [ids2005.em(7), rewordedGoalId, 'merged'],
    ]);
    const merged = diff.reworded.find((r) => r.from.goalId === ids2005.em(7));
    expect(merged?.measurementMethod).toEqual({ from: 'att följa upp besvärsärenden', to: null });
    // Kind sections of 2005 are not focus areas of 2020: a pair across them is moved too.
    expect(diff.moved.map((m) => m.fromSection.id)).toEqual([
      'kind:directional',
      'kind:directional',
      'kind:effect',
    ]);
    expect(diff.added.map((g) => g.goalId)).toEqual([
      id2020('attraktiv', 1),
      id2020('hallbar', 1),
      id2020('larande', 2),
    ]);
    const retired = Object.fromEntries(diff.retired.map((r) => [r.goal.goalId, r.rationale]));
    expect(Object.keys(retired)).toHaveLength(10);
    expect(retired[ids2005.im(2)]).toBe('Försörjningsmålet följs i kommunens budget, inte som nämndmål');
    expect(retired[ids2005.im(1)]).toBeNull();
  });
});
