import { GoalAlreadyLinkedError, GoalNotLinkedError } from '../../errors/indicator-errors';
import { throwIfAny, type InputIssue } from '../../errors/indicator-input-error';
import { isBlank, optionalText } from '../../shared/text';
import { requireIndicator } from '../indicator-guards';
import type { IndicatorLinkedToGoal, IndicatorUnlinkedFromGoal } from '../indicator.events';
import type { IndicatorState } from '../indicator.state';

/** The indicator follows up a goal. Goal ids live in the goals domain; the link names the committee too. */
export type LinkIndicatorToGoal = {
  type: 'LinkIndicatorToGoal';
  indicatorId: string;
  goalId: string;
  committeeId: string;
};

/** The indicator stops following up a goal. */
export type UnlinkIndicatorFromGoal = {
  type: 'UnlinkIndicatorFromGoal';
  indicatorId: string;
  goalId: string;
  reason?: string | null;
};

export function decideLinkIndicatorToGoal(
  command: LinkIndicatorToGoal,
  state: IndicatorState | null,
): IndicatorLinkedToGoal[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const issues: InputIssue[] = [];
  if (isBlank(command.goalId)) issues.push({ path: ['goalId'], message: 'must not be blank' });
  if (isBlank(command.committeeId)) issues.push({ path: ['committeeId'], message: 'must not be blank' });
  throwIfAny(issues);
  if (indicator.links.some((link) => link.goalId === command.goalId)) {
    throw new GoalAlreadyLinkedError(indicator.indicatorId, command.goalId);
  }
  return [
    { type: 'IndicatorLinkedToGoal', data: { goalId: command.goalId, committeeId: command.committeeId } },
  ];
}

export function decideUnlinkIndicatorFromGoal(
  command: UnlinkIndicatorFromGoal,
  state: IndicatorState | null,
): IndicatorUnlinkedFromGoal[] {
  const indicator = requireIndicator(state, command.indicatorId);
  const link = indicator.links.find((candidate) => candidate.goalId === command.goalId);
  if (!link) throw new GoalNotLinkedError(indicator.indicatorId, command.goalId);
  return [
    {
      type: 'IndicatorUnlinkedFromGoal',
      data: { goalId: link.goalId, committeeId: link.committeeId, reason: optionalText(command.reason) },
    },
  ];
}
