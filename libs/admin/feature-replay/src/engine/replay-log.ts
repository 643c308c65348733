import type { LoggedEvent } from '@goaltrail/admin-data-access/event-log';
import {
  emptyLineage,
  evolveCommittee,
  evolveLineage,
  findGoal,
  isLineageStream,
  isPlanStream,
  streamIds,
  type LineageState,
  type PlanState,
} from '@goaltrail/goals-domain';
import { asLineageEvent, asPlanEvent, packLabel } from './event-fields';
import { createPlanTrack, type PlanTrack } from './plan-track';
import type { ReplaySummary } from './replay-types';
import { YearBuckets } from './year-buckets';

/** A committee through the replay: its name, when it first appears, and its lineage stream. */
export interface CommitteeTrack {
  readonly committeeId: string;
  name: string | null;
  readonly firstIndex: number;
  lineage: LineageState;
  /** The replay steps of its lineage events. */
  readonly lineageSteps: number[];
}

const isCommitteeStream = (streamId: string) => streamId.startsWith('committee-');

// Plans hold a handful of focus areas: a look through them costs less than keeping an index.
function areaTitle(plan: PlanState | null, focusAreaId: string | null): string | null {
  if (!plan || focusAreaId === null) return null;
  return plan.focusAreas.find((area) => area.focusAreaId === focusAreaId)?.title ?? null;
}

/**
 * The log folded once, event by event, with the same domain code the server uses (`IndexedPlanFold`
 * per plan, `evolveLineage`, `evolveCommittee`). Besides the final state it keeps, per step, which
 * plan changed and the goal it named, packed into numbers: that is all the view needs to name any
 * step and draw the committee tree at any step without folding again.
 */
export class ReplayLog {
  /** The replayed events (committees, plans, lineage), in log order. */
  readonly events: LoggedEvent[] = [];
  readonly plans: PlanTrack[] = [];
  readonly committees: CommitteeTrack[] = [];
  /** Per step: the plan it changed (for a link, the later year's; a retirement link, the earlier), or -1. */
  readonly changedPlan: number[] = [];
  /** Per step: the plan to show — the one changed last up to this step — or -1. */
  readonly shownPlan: number[] = [];
  /** Per step: the goal named, packed (see `packLabel`), or -1; for a link, the later goal. */
  readonly goal: number[] = [];
  /** Per step: a link's earlier goal, packed, or -1. */
  readonly fromGoal: number[] = [];
  /** Per step: the focus area (title) of the goal named, if it sits in one: goal numbers restart per area. */
  readonly goalArea: (string | null)[] = [];
  /** Per step: the focus area of a link's earlier goal. */
  readonly fromGoalArea: (string | null)[] = [];
  /** Titles of focus areas as they were removed (the event itself names only the id). */
  readonly removedAreaTitles = new Map<number, string>();
  private readonly planIndex = new Map<string, number>();
  private readonly committeeIndex = new Map<string, number>();
  private readonly years = new YearBuckets();
  private skipped = 0;
  // What the step being folded changed and named. Fields, not a returned object: at 100,000 events
  // the allocation would cost more than the bookkeeping.
  private changed = -1;
  private named = -1;
  private namedArea: string | null = null;
  private namedFrom = -1;
  private namedFromArea: string | null = null;
  private newestPosition: string | null = null;
  private foldMs = 0;

  /** Folds a batch onto what came before; events of other streams (indicators, accounts) are counted and passed over. */
  append(batch: readonly LoggedEvent[]): void {
    const started = performance.now();
    for (const event of batch) this.appendOne(event);
    this.foldMs += performance.now() - started;
  }

  /** The position of the newest event folded or passed over: where reading continues. */
  get lastPosition(): string | null {
    return this.newestPosition;
  }

  /** The plan track of a stream, or undefined. */
  planOf(streamId: string): number | undefined {
    return this.planIndex.get(streamId);
  }

  /** The committee track of an id, or undefined. */
  committeeOf(committeeId: string): CommitteeTrack | undefined {
    const index = this.committeeIndex.get(committeeId);
    return index === undefined ? undefined : this.committees[index];
  }

  summary(): ReplaySummary {
    return {
      total: this.events.length,
      skipped: this.skipped,
      years: this.years.list(),
      lastPosition: this.newestPosition,
      foldMs: this.foldMs,
      committees: this.committees.length,
      plans: this.plans.length,
      firstRecordedAt: this.events[0]?.metadata.recordedAt ?? null,
      lastRecordedAt: this.events.at(-1)?.metadata.recordedAt ?? null,
    };
  }

  private appendOne(event: LoggedEvent): void {
    this.newestPosition = event.position;
    const { streamId } = event;
    if (!isPlanStream(streamId) && !isLineageStream(streamId) && !isCommitteeStream(streamId)) {
      this.skipped += 1;
      return;
    }
    const index = this.events.length;
    this.events.push(event);
    this.years.count(event.metadata.effectiveAt, index);
    this.changed = this.named = this.namedFrom = -1;
    this.namedArea = this.namedFromArea = null;
    if (isPlanStream(streamId)) this.applyPlanEvent(event, index);
    else if (isLineageStream(streamId)) this.applyLineageEvent(event, index);
    else this.applyCommitteeEvent(event, index);
    this.changedPlan.push(this.changed);
    this.shownPlan.push(this.changed >= 0 ? this.changed : (this.shownPlan[index - 1] ?? -1));
    this.goal.push(this.named);
    this.goalArea.push(this.namedArea);
    this.fromGoal.push(this.namedFrom);
    this.fromGoalArea.push(this.namedFromArea);
  }

  private applyPlanEvent(event: LoggedEvent, index: number): void {
    const trackIndex = this.trackFor(event.streamId, index);
    const track = trackIndex === undefined ? undefined : this.plans[trackIndex];
    if (!track || trackIndex === undefined) return;
    const known = asPlanEvent(event);
    const before = track.fold.state;
    switch (known?.type) {
      case 'GoalAdded':
      case 'GoalCarriedForward':
        this.named = packLabel(known.data.kind, known.data.number);
        this.namedArea = areaTitle(before, known.data.focusAreaId);
        break;
      case 'GoalReworded':
      case 'GoalRetired':
      case 'GoalMoved': {
        const held = before ? findGoal(before, known.data.goalId) : undefined;
        if (!held) break;
        const moved = known.type === 'GoalMoved' ? known.data : null;
        this.named = packLabel(held.kind, moved ? moved.number : held.number);
        this.namedArea = areaTitle(before, moved ? moved.focusAreaId : held.focusAreaId);
        break;
      }
      case 'FocusAreaRemoved': {
        const area = before?.focusAreas.find((candidate) => candidate.focusAreaId === known.data.focusAreaId);
        if (area) this.removedAreaTitles.set(index, area.title);
        break;
      }
      default:
        break;
    }
    track.fold.apply(event);
    const after = track.fold.state;
    track.steps.push(index);
    track.goalCounts.push(after ? after.goals.length : -1);
    track.statuses.push(after ? after.status : null);
    this.changed = trackIndex;
  }

  private applyLineageEvent(event: LoggedEvent, index: number): void {
    const committee = this.committeeFor(event.streamId.slice('lineage-'.length), index);
    committee.lineage = evolveLineage(committee.lineage, event);
    committee.lineageSteps.push(index);
    const link = asLineageEvent(event)?.data;
    if (!link) return;
    const from = this.goalIn(committee.committeeId, link.fromYear, link.fromGoalId);
    // A link is a reading of the later year, so that plan is shown — also for a retirement, whose
    // point is that the later plan no longer holds the goal.
    const to = this.goalIn(committee.committeeId, link.toYear, link.toGoalId);
    this.changed = to?.track ?? from?.track ?? -1;
    this.named = to?.label ?? -1;
    this.namedArea = to?.area ?? null;
    this.namedFrom = from?.label ?? -1;
    this.namedFromArea = from?.area ?? null;
  }

  private applyCommitteeEvent(event: LoggedEvent, index: number): void {
    const committee = this.committeeFor(event.streamId.slice('committee-'.length), index);
    committee.name = evolveCommittee(null, event)?.name ?? committee.name;
  }

  /** A year's plan as a track, and a goal in it (goalId null: none) named as the plan holds it now. */
  private goalIn(committeeId: string, year: number, goalId: string | null): { track: number; label: number; area: string | null } | null {
    const trackIndex = this.planIndex.get(streamIds.plan(committeeId, year));
    if (trackIndex === undefined) return null;
    const state = this.plans[trackIndex]?.fold.state ?? null;
    const goal = state && goalId !== null ? findGoal(state, goalId) : undefined;
    return { track: trackIndex, label: goal ? packLabel(goal.kind, goal.number) : -1, area: goal ? areaTitle(state, goal.focusAreaId) : null };
  }

  private trackFor(streamId: string, index: number): number | undefined {
    const known = this.planIndex.get(streamId);
    if (known !== undefined) return known;
    const track = createPlanTrack(streamId);
    if (!track) return undefined;
    this.committeeFor(track.committeeId, index);
    this.plans.push(track);
    this.planIndex.set(streamId, this.plans.length - 1);
    return this.plans.length - 1;
  }

  private committeeFor(committeeId: string, index: number): CommitteeTrack {
    const known = this.committeeOf(committeeId);
    if (known) return known;
    const track: CommitteeTrack = { committeeId, name: null, firstIndex: index, lineage: emptyLineage, lineageSteps: [] };
    this.committees.push(track);
    this.committeeIndex.set(committeeId, this.committees.length - 1);
    return track;
  }

}
