import type { GlobalPosition, RecordedEvent } from '@goaltrail/event-store-port';
import { resolveLineage, toPlanView, type PlanView, type ResolvedLink } from '@goaltrail/goals-domain';
import { compareText } from './compare-text';
import { GoalIndex, type GoalPlanRef } from './goal-index';
import { readModelFingerprint } from './read-model-fingerprint';
import { projectEvent, type ReadModelMaps } from './read-model-projector';
import { summaryOf, type CommitteeSummary, type PlanEntry, type PlanSummary } from './read-model.types';

/**
 * The goals read model, held in memory and fed from the store's log in order. The checkpoint is
 * part of the same object and moves with every applied event, so model and checkpoint can never
 * disagree; a new process rebuilds both from the log, which is the truth.
 */
export class GoalsReadModel {
  private position: GlobalPosition | null = null;
  private applied = 0;
  private readonly maps: ReadModelMaps = { byCommittee: new Map(), planByStream: new Map(), goals: new GoalIndex() };

  /** Position of the last event applied; null before the first. */
  get checkpoint(): GlobalPosition | null {
    return this.position;
  }

  /** Events applied so far (of every stream, goals or not). */
  get eventCount(): number {
    return this.applied;
  }

  /** Applies the next event of the log. Events of other streams only move the checkpoint. */
  apply(event: RecordedEvent): void {
    projectEvent(this.maps, event);
    this.position = event.position;
    this.applied += 1;
  }

  /** Registered committees in id order. */
  committees(): CommitteeSummary[] {
    return this.committeeIds().flatMap((id) => this.maps.byCommittee.get(id)?.summary ?? []);
  }

  /** Every committee id with a registration, a plan or lineage, in id order. */
  committeeIds(): string[] {
    return [...this.maps.byCommittee.keys()].sort(compareText);
  }

  committee(committeeId: string): CommitteeSummary | null {
    return this.maps.byCommittee.get(committeeId)?.summary ?? null;
  }

  /** The committee's plans in year order. */
  plans(committeeId: string): PlanSummary[] {
    const plans = [...(this.maps.byCommittee.get(committeeId)?.plans.values() ?? [])];
    return plans.map(summaryOf).sort((a, b) => a.year - b.year);
  }

  plan(committeeId: string, year: number): Readonly<PlanEntry> | null {
    return this.maps.byCommittee.get(committeeId)?.plans.get(year) ?? null;
  }

  /** The plan as it stands now; the same answer as the domain's `planAsOf` without limits. */
  currentView(committeeId: string, year: number): PlanView | null {
    const entry = this.maps.byCommittee.get(committeeId);
    const plan = entry?.plans.get(year);
    if (!entry || !plan) return null;
    plan.view ??= toPlanView(plan.state, plan.revision, entry.lineage.links);
    return plan.view;
  }

  /** The committee's lineage stream events, in order. */
  lineageEvents(committeeId: string): readonly RecordedEvent[] {
    return this.maps.byCommittee.get(committeeId)?.lineageEvents ?? [];
  }

  /** Every plan and lineage event of a committee: what the domain's cross-year queries fold. */
  committeeEvents(committeeId: string): RecordedEvent[] {
    const entry = this.maps.byCommittee.get(committeeId);
    if (!entry) return [];
    return [...[...entry.plans.values()].flatMap((plan) => plan.events), ...entry.lineageEvents];
  }

  /** The committee's lineage as the views show it: implied by its plans, overridden by recorded links. */
  resolvedLineage(committeeId: string): ResolvedLink[] {
    const entry = this.maps.byCommittee.get(committeeId);
    if (!entry) return [];
    return resolveLineage([...entry.plans.values()].map((plan) => plan.state), entry.lineage);
  }

  /** Plans that hold or held a goal, newest first. */
  goalPlans(goalId: string): readonly GoalPlanRef[] {
    return this.maps.goals.plansOf(goalId);
  }

  /** The goal index as plain data, for fingerprints. */
  goalIndexSnapshot(): ReturnType<GoalIndex['snapshot']> {
    return this.maps.goals.snapshot();
  }

  /** sha256 of every answer the model gives; equal for models built from the same log. */
  fingerprint(): string {
    return readModelFingerprint(this);
  }
}
