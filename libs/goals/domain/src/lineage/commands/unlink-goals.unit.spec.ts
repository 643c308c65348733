import { describe, expect, it } from 'vitest';
import { decide } from '../../commands/decide';
import { ReasonRequiredError } from '../../errors/goal-errors';
import { LinkNotFoundError } from '../../errors/lineage-errors';
import type { GoalsLinked } from '../lineage.events';
import { foldLineage } from '../lineage.evolve';
import { emptyLineage } from '../lineage.state';
import type { UnlinkGoals } from './unlink-goals';

const linked: GoalsLinked = {
  type: 'GoalsLinked',
  data: {
    committeeId: 'sn',
    fromYear: 2005,
    fromGoalId: 'im5',
    toYear: 2020,
    toGoalId: 'samverkar',
    relation: 'replaced',
    rationale: 'Samverkan',
  },
};
const unlink: UnlinkGoals = {
  type: 'UnlinkGoals',
  committeeId: 'sn',
  fromYear: 2005,
  fromGoalId: 'im5',
  toYear: 2020,
  toGoalId: 'samverkar',
  reason: 'Fel tolkning',
};

describe('UnlinkGoals', () => {
  it('given a recorded link, when it is unlinked, then the lineage no longer holds it', () => {
    const events = decide(unlink, foldLineage([linked]));
    expect(events).toEqual([
      {
        type: 'GoalsUnlinked',
        data: {
          committeeId: 'sn',
          fromYear: 2005,
          fromGoalId: 'im5',
          toYear: 2020,
          toGoalId: 'samverkar',
          reason: 'Fel tolkning',
        },
      },
    ]);
    expect(foldLineage([linked, ...events]).links).toEqual([]);
  });

  it('when no such link is recorded, then LinkNotFoundError', () => {
    expect(() => decide(unlink, emptyLineage)).toThrow(LinkNotFoundError);
  });

  it('when no reason is given, then ReasonRequiredError', () => {
    expect(() => decide({ ...unlink, reason: '' }, foldLineage([linked]))).toThrow(ReasonRequiredError);
  });
});
