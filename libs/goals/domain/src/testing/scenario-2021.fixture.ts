import { createEventLog, type EventLog } from './event-log.fixture';
import { committeeId, seed2005 } from './seed-2005.fixture';
import { id2020, seed2020 } from './seed-2020.fixture';
import { seedLineage } from './seed-lineage.fixture';

/** The goal the issue's scenario rewords: 2020's "tydlig och förståelig myndighetsutövning". */
export const rewordedGoalId = id2020('oppen', 1);

/** The new wording given to it in the 2021 draft. */
export const newWording = 'Socialnämnden ska ha en tydlig, förståelig och rättssäker myndighetsutövning';

/** Recorded (system) times of the scenario's steps. */
export const recorded = {
  drafted: '2026-03-01T09:00:00Z',
  reworded: '2026-03-01T09:30:00Z',
  adopted: '2026-03-01T10:00:00Z',
  amended: '2026-04-01T08:00:00Z',
};

/**
 * Issue 4's scenario on the seed data: 2005 and 2020 imported and adopted, lineage recorded; a
 * planner drafts 2021 from 2020, rewords one goal, and it is adopted; an amendment follows.
 */
export function scenario2021(options: { amend?: boolean } = {}): EventLog {
  const log = createEventLog();
  seed2005(log);
  seed2020(log);
  seedLineage(log);
  const planner = { actor: 'planner-anna', role: 'planner' };
  log.run(
    { type: 'DraftPlan', committeeId, year: 2021, fromYear: 2020 },
    { ...planner, recordedAt: recorded.drafted, effectiveAt: '2020-10-01' },
  );
  log.run(
    {
      type: 'RewordGoal',
      committeeId,
      year: 2021,
      goalId: rewordedGoalId,
      text: newWording,
      reason: 'Rättssäkerhet lyfts fram',
      expectedRevision: 0,
    },
    { ...planner, recordedAt: recorded.reworded, effectiveAt: '2020-11-15' },
  );
  log.run(
    {
      type: 'AdoptPlan',
      committeeId,
      year: 2021,
      decisionRef: 'SN 2020-12-10 § 123',
      decidedOn: '2020-12-10',
    },
    { actor: 'secretary-bo', role: 'planner', recordedAt: recorded.adopted, effectiveAt: '2021-01-01' },
  );
  if (options.amend) {
    log.run(
      {
        type: 'AmendPlan',
        committeeId,
        year: 2021,
        decisionRef: 'SN 2021-06-15 § 45',
        decidedOn: '2021-06-15',
        reason: 'Klarspråk',
        changes: [
          {
            type: 'RewordGoal',
            goalId: rewordedGoalId,
            text: 'Socialnämnden har en begriplig och rättssäker myndighetsutövning',
            reason: 'Klarspråk',
            expectedRevision: 1,
          },
        ],
      },
      { ...planner, recordedAt: recorded.amended, effectiveAt: '2021-06-15' },
    );
  }
  return log;
}
