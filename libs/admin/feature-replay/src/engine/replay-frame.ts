import { findGoal, foldLineage, toPlanView, wordDiff, type LineageLink, type PlanGoal, type PlanView } from '@goaltrail/goals-domain';
import { asLineageEvent, asPlanEvent } from './event-fields';
import { PlanCursor } from './plan-cursor';
import { lastAtOrBefore } from './plan-track';
import type { ReplayLog } from './replay-log';
import type { CommitteeNode, Highlight, ReplayFrame, StepDetail } from './replay-types';
import { neighbourLines, stepLine } from './step-lines';

const neighbourRadius = 4;
const cursorLimit = 16;
const noHighlight: Highlight = { goalIds: [], retiredGoalIds: [], sectionId: null, plan: false };

/**
 * Builds what the view shows at a step: the step named in full, its neighbours, the committee tree,
 * and one plan as it stood — folded on demand by a cursor per plan, so a step costs one plan's
 * events at most and playing forward costs one event.
 */
export class FrameBuilder {
  private readonly cursors = new Map<number, PlanCursor>();

  constructor(private readonly log: ReplayLog) {}

  frame(index: number, planStreamId: string | null): ReplayFrame | null {
    const line = stepLine(this.log, index);
    const event = this.log.events[index];
    if (!line || !event) return null;
    const changedPlan = this.log.changedPlan[index] ?? -1;
    const { before, after } = this.goalAround(index, changedPlan);
    const detail: StepDetail = {
      ...line,
      actor: event.metadata.actor,
      role: event.metadata.role,
      reason: event.metadata.reason ?? null,
      text: after?.text ?? before?.text ?? textOfLink(this.log, index),
      diff: line.change === 'goal-reworded' && before && after ? wordDiff(before.text, after.text) : null,
    };
    const requested = planStreamId === null ? undefined : this.log.planOf(planStreamId);
    const shown = requested ?? this.log.shownPlan[index] ?? -1;
    const plan = this.planAt(shown, index);
    return {
      total: this.log.events.length,
      step: detail,
      neighbours: neighbourLines(this.log, index, neighbourRadius),
      tree: this.treeAt(index, changedPlan),
      plan,
      planStreamId: plan ? (this.log.plans[shown]?.streamId ?? null) : null,
      highlight: plan && shown === changedPlan ? this.highlightOf(index) : noHighlight,
    };
  }

  /** The goal a plan step names, before and after the step. */
  private goalAround(index: number, trackIndex: number): { before: PlanGoal | undefined; after: PlanGoal | undefined } {
    const goalId = goalIdOf(this.log, index);
    const cursor = this.cursor(trackIndex);
    const event = this.log.events[index];
    if (!goalId || !cursor || !event || !asPlanEvent(event)) return { before: undefined, after: undefined };
    const own = lastAtOrBefore(cursor.track.steps, index);
    const beforeState = cursor.stateAfter(own);
    const before = beforeState ? findGoal(beforeState, goalId) : undefined;
    const afterState = cursor.stateAfter(own + 1);
    return { before, after: afterState ? findGoal(afterState, goalId) : undefined };
  }

  private planAt(trackIndex: number, index: number): PlanView | null {
    const cursor = this.cursor(trackIndex);
    if (!cursor) return null;
    const count = lastAtOrBefore(cursor.track.steps, index) + 1;
    const state = count > 0 ? cursor.stateAfter(count) : null;
    return state ? toPlanView(state, cursor.revisionAfter(count), this.linksAt(cursor.track.committeeId, index)) : null;
  }

  private linksAt(committeeId: string, index: number): readonly LineageLink[] {
    const committee = this.log.committeeOf(committeeId);
    if (!committee) return [];
    const count = lastAtOrBefore(committee.lineageSteps, index) + 1;
    if (count === committee.lineageSteps.length) return committee.lineage.links;
    const events = committee.lineageSteps.slice(0, count).flatMap((step) => this.log.events[step] ?? []);
    return foldLineage(events).links;
  }

  private treeAt(index: number, changedPlan: number): CommitteeNode[] {
    const nodes = new Map<string, CommitteeNode & { plans: CommitteeNode['plans'][number][] }>();
    for (const committee of this.log.committees) {
      if (committee.firstIndex > index) continue;
      const name = committee.name ?? committee.committeeId;
      nodes.set(committee.committeeId, { committeeId: committee.committeeId, name, plans: [], changed: false });
    }
    this.log.plans.forEach((track, trackIndex) => {
      const at = lastAtOrBefore(track.steps, index);
      const status = track.statuses[at];
      const node = nodes.get(track.committeeId);
      if (at < 0 || !status || !node) return;
      const changed = trackIndex === changedPlan;
      node.plans.push({ streamId: track.streamId, year: track.year, status, goalCount: track.goalCounts[at] ?? 0, changed });
    });
    const changedCommittee = stepLine(this.log, index)?.committeeId;
    return [...nodes.values()].map((node) => ({
      ...node,
      plans: node.plans.sort((a, b) => a.year - b.year),
      changed: node.committeeId === changedCommittee,
    }));
  }

  private highlightOf(index: number): Highlight {
    const event = this.log.events[index];
    const plan = event && asPlanEvent(event);
    if (plan) {
      switch (plan.type) {
        case 'PlanDrafted':
        case 'PlanAdopted':
        case 'PlanAmended':
          return { ...noHighlight, plan: true };
        case 'FocusAreaAdded':
        case 'FocusAreaRevised':
        case 'FocusAreaRemoved':
          return { ...noHighlight, sectionId: `focus-area:${plan.data.focusAreaId}` };
        case 'GoalRetired':
          return { ...noHighlight, retiredGoalIds: [plan.data.goalId] };
        default:
          return { ...noHighlight, goalIds: [plan.data.goalId] };
      }
    }
    const link = event && asLineageEvent(event)?.data;
    return link?.toGoalId ? { ...noHighlight, goalIds: [link.toGoalId] } : noHighlight;
  }

  private cursor(trackIndex: number): PlanCursor | undefined {
    const track = this.log.plans[trackIndex];
    if (!track) return undefined;
    let cursor = this.cursors.get(trackIndex);
    if (!cursor) {
      // A handful of plans are looked at in a session; forgetting the rest bounds memory on huge logs.
      if (this.cursors.size >= cursorLimit) this.cursors.clear();
      cursor = new PlanCursor(this.log, track);
      this.cursors.set(trackIndex, cursor);
    }
    return cursor;
  }
}

function goalIdOf(log: ReplayLog, index: number): string | null {
  const event = log.events[index];
  const value = event?.data['goalId'];
  return typeof value === 'string' ? value : null;
}

/** A link's rationale (or an unlinking's reason) stands in for a goal's wording. */
function textOfLink(log: ReplayLog, index: number): string | null {
  const event = log.events[index];
  const link = event ? asLineageEvent(event) : null;
  if (!link) return null;
  return link.type === 'GoalsLinked' ? link.data.rationale : link.data.reason;
}
