import { ReasonRequiredError } from '../../errors/goal-errors';
import { LinkNotFoundError } from '../../errors/lineage-errors';
import { isBlank, normalizeText } from '../../shared/text';
import type { GoalsUnlinked } from '../lineage.events';
import { linkKey, type LineageState } from '../lineage.state';

/** Withdraw a recorded lineage link. */
export type UnlinkGoals = {
  type: 'UnlinkGoals';
  committeeId: string;
  fromYear: number;
  fromGoalId: string;
  toYear: number;
  toGoalId: string | null;
  reason: string;
};

export function decideUnlinkGoals(command: UnlinkGoals, state: LineageState): GoalsUnlinked[] {
  const { committeeId, fromYear, fromGoalId, toYear } = command;
  const toGoalId = command.toGoalId ?? null;
  const key = linkKey({ fromYear, fromGoalId, toYear, toGoalId });
  if (!state.links.some((link) => linkKey(link) === key)) throw new LinkNotFoundError(key);
  if (isBlank(command.reason)) throw new ReasonRequiredError('Unlinking goals');
  return [
    {
      type: 'GoalsUnlinked',
      data: { committeeId, fromYear, fromGoalId, toYear, toGoalId, reason: normalizeText(command.reason) },
    },
  ];
}
