import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import {
  GoalAlreadyLinkedError,
  GoalNotLinkedError,
  UnknownIndicatorError,
} from '../../errors/indicator-errors';
import { after, defined } from '../../testing/indicator-given.fixture';
import type { LinkIndicatorToGoal, UnlinkIndicatorFromGoal } from './link-indicator-to-goal';

const link = (goalId = 'g-5'): LinkIndicatorToGoal => ({
  type: 'LinkIndicatorToGoal',
  indicatorId: 'nojdhet',
  goalId,
  committeeId: 'sn',
});
const unlink = (goalId = 'g-5', reason?: string): UnlinkIndicatorFromGoal => ({
  type: 'UnlinkIndicatorFromGoal',
  indicatorId: 'nojdhet',
  goalId,
  reason,
});

describe('LinkIndicatorToGoal / UnlinkIndicatorFromGoal', () => {
  it('when linked to two goals, then the state lists both with their committee', () => {
    const state = after(defined(), link('g-5'), link('g-7'));
    expect(state.links).toEqual([
      { goalId: 'g-5', committeeId: 'sn' },
      { goalId: 'g-7', committeeId: 'sn' },
    ]);
  });

  it('given a link, when the goal is linked again, then GoalAlreadyLinkedError', () => {
    expect(() => decide(link(), after(defined(), link()))).toThrow(GoalAlreadyLinkedError);
  });

  it('when goal or committee is blank, then both paths are reported', () => {
    expect(() => decide({ ...link(' '), committeeId: '' }, defined())).toThrow(
      expect.objectContaining({
        issues: [
          { path: ['goalId'], message: 'must not be blank' },
          { path: ['committeeId'], message: 'must not be blank' },
        ],
      }),
    );
  });

  it('given a link, when unlinked, then the event names the committee and the reason, and the link is gone', () => {
    const state = after(defined(), link());
    expect(decide(unlink('g-5', ' Målet utgick '), state)).toEqual([
      {
        type: 'IndicatorUnlinkedFromGoal',
        data: { goalId: 'g-5', committeeId: 'sn', reason: 'Målet utgick' },
      },
    ]);
    expect(after(state, unlink()).links).toEqual([]);
  });

  it('when an unlinked goal is unlinked, then GoalNotLinkedError; an unknown indicator is UnknownIndicatorError', () => {
    expect(() => decide(unlink(), defined())).toThrow(GoalNotLinkedError);
    expect(() => decide(link(), null)).toThrow(UnknownIndicatorError);
  });
});
