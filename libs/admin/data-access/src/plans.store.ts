import type { PlanView } from '@goaltrail/goals-domain';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { createRequestState } from './request-state';
import type { CommitteeSummary, PlanSummary } from './response-schemas';
import { apiClient } from './shared-client';

/** Which plan is shown: committee, year, and the recorded instant (null: as it stands now). */
export interface PlanKey {
  readonly committeeId: string;
  readonly year: number;
  readonly asOf: string | null;
}

/** Committees, their years, and the one plan being read. */
export const usePlansStore = defineStore('plans', () => {
  const committees = ref<CommitteeSummary[]>([]);
  const committeesRequest = createRequestState();
  const plansByCommittee = ref<Record<string, PlanSummary[]>>({});
  const plansRequest = createRequestState();
  // A plan view is read whole and never edited in place: no need to make it deeply reactive.
  const plan = shallowRef<PlanView | null>(null);
  const planKey = ref<PlanKey | null>(null);
  const planRequest = createRequestState();

  async function loadCommittees(): Promise<void> {
    const list = await committeesRequest.run(() => apiClient().committees());
    if (list) committees.value = list;
  }

  async function loadPlans(committeeId: string): Promise<void> {
    const list = await plansRequest.run(() => apiClient().plans(committeeId));
    if (list) plansByCommittee.value = { ...plansByCommittee.value, [committeeId]: list };
  }

  /** Loads one plan; while it loads, the previous one is cleared so nothing stale is shown under a new heading. */
  async function loadPlan(key: PlanKey): Promise<void> {
    planKey.value = key;
    plan.value = null;
    const view = await planRequest.run(() => apiClient().plan(key.committeeId, key.year, { asOf: key.asOf }));
    if (view) plan.value = view;
  }

  function committee(committeeId: string): CommitteeSummary | undefined {
    return committees.value.find((entry) => entry.committeeId === committeeId);
  }

  function plansOf(committeeId: string): PlanSummary[] | undefined {
    return plansByCommittee.value[committeeId];
  }

  return {
    committees,
    committeesLoading: committeesRequest.loading,
    committeesProblem: committeesRequest.problem,
    plansLoading: plansRequest.loading,
    plansProblem: plansRequest.problem,
    plan,
    planKey,
    planLoading: planRequest.loading,
    planProblem: planRequest.problem,
    loadCommittees,
    loadPlans,
    loadPlan,
    committee,
    plansOf,
  };
});
