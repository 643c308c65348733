import type { RecordedEvent } from '@goaltrail/event-store-port';
import {
  emptyLineage,
  evolveCommittee,
  evolveLineage,
  goalsJoiningOrLeaving,
  IndexedPlanFold,
  isLineageStream,
  isPlanStream,
} from '@goaltrail/goals-domain';
import type { GoalIndex } from './goal-index';
import type { CommitteeEntry, PlanEntry } from './read-model.types';

const committeePrefix = 'committee-';
const lineagePrefix = 'lineage-';

/** The maps a read model is made of. */
export interface ReadModelMaps {
  readonly byCommittee: Map<string, CommitteeEntry>;
  readonly planByStream: Map<string, PlanEntry>;
  readonly goals: GoalIndex;
}

/**
 * Applies one event to the maps with the domain's own folds (keyed on `event.type`, so events
 * read back as plain JSON work). Events of other streams are left alone.
 */
export function projectEvent(maps: ReadModelMaps, event: RecordedEvent): void {
  if (event.streamId.startsWith(committeePrefix)) {
    const entry = entryOf(maps, event.streamId.slice(committeePrefix.length));
    entry.summary = evolveCommittee(entry.summary, event);
  } else if (isPlanStream(event.streamId)) {
    projectPlanEvent(maps, event);
  } else if (isLineageStream(event.streamId)) {
    const entry = entryOf(maps, event.streamId.slice(lineagePrefix.length));
    entry.lineageEvents.push(event);
    entry.lineage = evolveLineage(entry.lineage, event);
    // Plan views list their goals' recorded ancestors, so every view of the committee is stale.
    for (const plan of entry.plans.values()) plan.view = null;
  }
}

function projectPlanEvent(maps: ReadModelMaps, event: RecordedEvent): void {
  const existing = maps.planByStream.get(event.streamId);
  // Named before the fold moves on: the fold changes the plan in place.
  const touched = goalsJoiningOrLeaving(existing?.state ?? null, event);
  const fold = existing?.fold ?? new IndexedPlanFold();
  fold.apply(event);
  const after = fold.state;
  // An event of an unknown type before the plan was drafted has nothing to attach to.
  if (!after) return;
  let plan = existing;
  if (!plan) {
    plan = { streamId: event.streamId, fold, state: after, revision: -1, events: [], view: null };
    maps.planByStream.set(event.streamId, plan);
    entryOf(maps, after.committeeId).plans.set(after.year, plan);
  }
  plan.events.push(event);
  plan.state = after;
  plan.revision = event.revision;
  plan.view = null;
  if (touched.length > 0) maps.goals.update(event.streamId, after, touched);
}

function entryOf(maps: ReadModelMaps, committeeId: string): CommitteeEntry {
  let entry = maps.byCommittee.get(committeeId);
  if (!entry) {
    entry = { summary: null, plans: new Map(), lineageEvents: [], lineage: emptyLineage };
    maps.byCommittee.set(committeeId, entry);
  }
  return entry;
}
