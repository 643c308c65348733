import type { EventStore, NewEvent } from '@goaltrail/event-store-port';
import { decide, decisionStateFor, foldPlan, streamIdOf, streamsToLoad, type Command, type DomainEventLike } from '@goaltrail/goals-domain';
import { toNewEvents } from '../write/event-envelope';

const goalsPerPlan = 20;
const firstYear = 2001;
const lastYear = 2020;

/**
 * Writes a realistic log of about `targetEvents` events: committees with a plan a year, each year
 * carried forward from the last, every goal reworded, some twice, and adopted. Commands are decided
 * by the domain (so every event is one the app could have written) and each stream is appended
 * in one batch. Returns the number of events written.
 */
export async function writeBulkHistory(store: EventStore, targetEvents: number): Promise<number> {
  const streams = new Map<string, DomainEventLike[]>();
  const pending = new Map<string, NewEvent[]>();
  const context = { actor: { username: 'importer', role: 'admin' }, options: {}, correlationId: 'bulk', now: new Date('2026-01-01T00:00:00Z') };
  const run = (command: Command) => {
    const loaded = new Map(streamsToLoad(command).map((id) => [id, streams.get(id) ?? []]));
    const decided = decide(command, decisionStateFor(command, loaded));
    const streamId = streamIdOf(command);
    streams.set(streamId, [...(streams.get(streamId) ?? []), ...decided]);
    pending.set(streamId, [...(pending.get(streamId) ?? []), ...toNewEvents(command, decided, context)]);
  };
  let written = 0;
  for (let c = 1; written < targetEvents; c++) {
    const committeeId = `bulk-${c}`;
    run({ type: 'RegisterCommittee', committeeId, name: `Nämnd ${c}` });
    for (let year = firstYear; year <= lastYear; year++) {
      planYear(run, streams, committeeId, year);
    }
    for (const [streamId, events] of pending) {
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      written += events.length;
    }
    pending.clear();
    streams.clear();
  }
  return written;
}

function planYear(
  run: (command: Command) => void,
  streams: Map<string, DomainEventLike[]>,
  committeeId: string,
  year: number,
): void {
  const target = { committeeId, year };
  if (year === firstYear) {
    run({ type: 'DraftPlan', ...target });
    run({ type: 'AddFocusArea', ...target, focusAreaId: 'oppen', title: 'En öppen kommun', description: ['Öppenhet'] });
    for (let n = 1; n <= goalsPerPlan; n++) {
      const goalId = `${committeeId}-g${n}`;
      run({ type: 'AddGoal', ...target, goalId, kind: 'committee', focusAreaId: 'oppen', number: n, text: `Mål ${n} år ${year}` });
    }
  } else {
    run({ type: 'DraftPlan', ...target, fromYear: year - 1 });
    const plan = foldPlan(streams.get(`plan-${committeeId}-${year}`) ?? []);
    for (const goal of plan?.goals ?? []) {
      const reword = (text: string, expectedRevision: number) =>
        run({ type: 'RewordGoal', ...target, goalId: goal.goalId, text, reason: 'Årlig översyn', expectedRevision });
      reword(`${goal.text} (reviderat ${year})`, goal.revision);
      if (goal.number <= 5) reword(`Mål ${goal.number}, ny lydelse ${year}`, goal.revision + 1);
    }
  }
  run({ type: 'AdoptPlan', ...target, decisionRef: `SN ${year - 1} § ${year % 100}`, decidedOn: `${year - 1}-12-10` });
}
