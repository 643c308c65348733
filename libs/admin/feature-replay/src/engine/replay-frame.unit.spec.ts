import { sampleEventLog } from '@goaltrail/admin-data-access';
import { describe, expect, it } from 'vitest';
import { FrameBuilder } from './replay-frame';
import { ReplayLog } from './replay-log';

function framesOf() {
  const log = new ReplayLog();
  log.append(sampleEventLog);
  return new FrameBuilder(log);
}

describe('FrameBuilder', () => {
  it('shows a rewording with the wording before and after, in the plan as it stood, marked', () => {
    const frame = framesOf().frame(5, null);
    expect(frame?.step).toMatchObject({
      index: 5,
      change: 'goal-reworded',
      committeeId: 'socialnamnden',
      year: 2005,
      goal: { kind: 'effect', number: 1 },
      actor: 'pia.planner',
      reason: 'Högre ambition',
      effectiveAt: '2005-06-01',
      text: 'Andelen nöjda brukare ska vara minst 80 %.',
    });
    const changed = frame?.step.diff?.filter((token) => token.op !== 'equal').map((token) => `${token.op}:${token.text}`);
    expect(changed).toEqual(['delete:75', 'insert:80']);
    expect(frame?.planStreamId).toBe('plan-socialnamnden-2005');
    expect(frame?.plan?.sections.map((section) => section.goals.length)).toEqual([2, 1]);
    expect(frame?.highlight.goalIds).toEqual(['g-2005-e1']);
    expect(frame?.tree).toEqual([
      { committeeId: 'socialnamnden', name: 'Socialnämnden', changed: true, plans: [{ streamId: 'plan-socialnamnden-2005', year: 2005, status: 'draft', goalCount: 3, changed: true }] },
    ]);
  });

  it('steps back and forth through one plan and shows any plan asked for at that step', () => {
    const frames = framesOf();
    expect(frames.frame(12, null)?.plan).toMatchObject({ year: 2020, status: 'adopted', revision: 3 });
    expect(frames.frame(2, null)?.plan?.sections[0]?.goals.map((goal) => goal.goalId)).toEqual(['g-2005-d1']);
    const at2020 = frames.frame(8, 'plan-socialnamnden-2005');
    expect(at2020?.planStreamId).toBe('plan-socialnamnden-2005');
    expect(at2020?.highlight).toEqual({ goalIds: [], retiredGoalIds: [], sectionId: null, plan: false });
    expect(at2020?.tree[0]?.plans.map((plan) => [plan.year, plan.goalCount, plan.changed])).toEqual([
      [2005, 3, false],
      [2020, 1, true],
    ]);
  });

  it('names links by both goals and marks the later one, with the lineage as recorded by then', () => {
    const frames = framesOf();
    const link = frames.frame(9, null);
    expect(link?.step).toMatchObject({ change: 'goals-linked', relation: 'merged', year: 2020, fromYear: 2005, goal: { kind: 'committee', number: 1, area: 'En öppen kommun' }, fromGoal: { kind: 'directional', number: 2, area: null } });
    expect(link?.highlight.goalIds).toEqual(['g-2020-o1']);
    expect(link?.plan?.sections[0]?.goals[0]?.ancestors).toEqual([{ year: 2005, goalId: 'g-2005-d2', relation: 'merged' }]);
    expect(frames.frame(8, null)?.plan?.sections[0]?.goals[0]?.ancestors).toEqual([]);
  });

  it('names a retirement by the goal it took out, and a step with no plan shows none', () => {
    const frames = framesOf();
    const retired = frames.frame(11, null);
    expect(retired?.step).toMatchObject({ change: 'goal-retired', goal: { kind: 'directional', number: 1 }, text: 'Medborgarna ska erbjudas social omsorg med god kvalitet.' });
    expect(retired?.highlight.retiredGoalIds).toEqual(['g-2005-d1']);
    expect(retired?.neighbours.map((line) => line.index)).toEqual([7, 8, 9, 10, 11, 12]);
    const first = frames.frame(0, null);
    expect(first?.step).toMatchObject({ change: 'committee-registered', title: 'Socialnämnden', year: null });
    expect(first?.plan).toBeNull();
    expect(frames.frame(13, null)).toBeNull();
  });
});
