import {
  decide,
  decisionStateFor,
  streamIdOf,
  streamsToLoad,
  type Command,
  type DomainEventLike,
} from '@goaltrail/goals-domain';
import { randomUUID } from 'node:crypto';

/** A committee's plans 2005–2020 as the pure domain decides them, stream by stream, in order. */
export type GeneratedHistory = Map<string, DomainEventLike[]>;

const firstYear = 2005;
const lastYear = 2020;
const goalsPerPlan = 10;

/** Runs commands against an in-memory log exactly as a command handler would, without a store. */
function createLog(history: GeneratedHistory) {
  return (command: Command) => {
    const streams = new Map(streamsToLoad(command).map((id) => [id, history.get(id) ?? []]));
    const events = decide(command, decisionStateFor(command, streams));
    const own = streamIdOf(command);
    history.set(own, [...(history.get(own) ?? []), ...events]);
  };
}

/**
 * One committee's history: 16 yearly plans, each carried forward from the year before, with
 * `rewordingsPerPlan` rewordings before adoption. Returns the number of events generated.
 */
export function generateCommittee(history: GeneratedHistory, committeeId: string, rewordingsPerPlan: number): number {
  const run = createLog(history);
  const before = [...history.values()].reduce((sum, events) => sum + events.length, 0);
  run({ type: 'RegisterCommittee', committeeId, name: `Nämnd ${committeeId}`, municipality: null });
  const goalIds: string[] = Array.from({ length: goalsPerPlan }, () => randomUUID());
  const revisions = new Map<string, number>(goalIds.map((id) => [id, 0]));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const target = { committeeId, year };
    if (year === firstYear) {
      run({ type: 'DraftPlan', ...target, fromYear: null });
      run({ type: 'AddFocusArea', ...target, focusAreaId: 'hallbar', title: 'En hållbar kommun', description: ['Där äldre ges trygghet'] });
      goalIds.forEach((goalId, i) =>
        run({ type: 'AddGoal', ...target, goalId, kind: i % 2 ? 'committee' : 'effect', number: Math.floor(i / 2) + 1,
          text: `Andelen nöjda brukare inom område ${i + 1} ska öka`, measurementMethod: 'brukarundersökning',
          focusAreaId: i % 2 ? 'hallbar' : null }),
      );
    } else {
      run({ type: 'DraftPlan', ...target, fromYear: year - 1 });
    }
    for (let r = 0; r < rewordingsPerPlan; r += 1) {
      const goalId = goalIds[r % goalsPerPlan] as string;
      const revision = revisions.get(goalId) as number;
      run({ type: 'RewordGoal', ...target, goalId, expectedRevision: revision, reason: 'tydligare',
        text: `Andelen nöjda brukare ska öka till ${60 + ((year + r) % 30)} % (${year}, version ${revision + 1})` });
      revisions.set(goalId, revision + 1);
    }
    run({ type: 'AdoptPlan', ...target, decisionRef: `SN ${year}/§${committeeId.length + year % 90}`, decidedOn: `${year - 1}-12-15` });
  }
  return [...history.values()].reduce((sum, events) => sum + events.length, 0) - before;
}
