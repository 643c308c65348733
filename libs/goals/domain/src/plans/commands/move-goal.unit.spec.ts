import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import {
  DuplicateGoalNumberError,
  FocusAreaRequiredError,
  GoalAlreadyPlacedError,
} from '../../errors/goal-errors';
import { UnknownFocusAreaError } from '../../errors/plan-errors';
import { given, planOf, target } from '../../testing/plan-given.fixture';
import { sectionIdOf } from '../plan.state';
import { foldPlan } from '../plan.evolve';
import type { MoveGoal } from './move-goal';

const history = [
  given.drafted(),
  given.area('larande'),
  given.area('oppen'),
  given.goal('g1', 1, 'Socialnämnden samverkar aktivt', { kind: 'committee', focusAreaId: 'larande' }),
  given.goal('g2', 1, 'Tydlig myndighetsutövning', { kind: 'committee', focusAreaId: 'oppen' }),
];
const plan = () => planOf(...history);

const move = (overrides: Partial<MoveGoal> = {}): MoveGoal => ({
  type: 'MoveGoal',
  ...target,
  goalId: 'g1',
  focusAreaId: 'oppen',
  number: 2,
  ...overrides,
});

describe('MoveGoal', () => {
  it('given a goal under one focus area, when it is moved to another, then it sits there', () => {
    const events = decide(move(), plan());
    expect(events).toEqual([{ type: 'GoalMoved', data: { goalId: 'g1', focusAreaId: 'oppen', number: 2 } }]);
    const after = foldPlan([...history, ...events]);
    expect(after?.goals.map((goal) => [goal.goalId, sectionIdOf(goal), goal.number])).toEqual([
      ['g1', 'focus-area:oppen', 2],
      ['g2', 'focus-area:oppen', 1],
    ]);
  });

  it('when only the number changes, then it is renumbered in place', () => {
    expect(decide(move({ focusAreaId: 'larande', number: 3 }), plan())).toHaveLength(1);
  });

  it('when the target number is taken, then DuplicateGoalNumberError', () => {
    expect(() => decide(move({ number: 1 }), plan())).toThrow(DuplicateGoalNumberError);
  });

  it('when nothing changes, then GoalAlreadyPlacedError', () => {
    expect(() => decide(move({ focusAreaId: 'larande', number: 1 }), plan())).toThrow(GoalAlreadyPlacedError);
  });

  it('when a committee goal is moved out of the focus areas, then FocusAreaRequiredError', () => {
    expect(() => decide(move({ focusAreaId: null }), plan())).toThrow(FocusAreaRequiredError);
  });

  it('when the target focus area is unknown, then UnknownFocusAreaError', () => {
    expect(() => decide(move({ focusAreaId: 'attraktiv' }), plan())).toThrow(UnknownFocusAreaError);
  });
});
