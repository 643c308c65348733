import { goalsOf, type GoalHistory, type PlanGoal } from '@goaltrail/goals-domain';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { RewordGoalRequest } from './api-client';
import { createRequestState } from './request-state';
import { apiClient } from './shared-client';

/** A goal that a lineage link points to, as its year's plan holds it now. */
export interface LinkedGoal {
  readonly year: number;
  readonly goal: PlanGoal;
}

/** One goal's every wording and its lineage, plus rewording it (planners and admins). */
export const useGoalHistoryStore = defineStore('goal-history', () => {
  const history = shallowRef<GoalHistory | null>(null);
  const historyRequest = createRequestState();
  /** Goals named by the lineage links, by id: a link shows the goal's words, not its uuid. */
  const linkedGoals = shallowRef<Record<string, LinkedGoal>>({});
  const rewordRequest = createRequestState();
  const lastSaved = ref<string | null>(null);

  /** Loads a goal's history; reloading the same goal keeps the old one on screen until the new one arrives. */
  async function load(goalId: string): Promise<void> {
    if (history.value?.goalId !== goalId) {
      history.value = null;
      linkedGoals.value = {};
    }
    const loaded = await historyRequest.run(() => apiClient().goalHistory(goalId));
    if (!loaded) return;
    history.value = loaded;
    linkedGoals.value = await lookUpLinkedGoals(loaded);
  }

  /** Rewords the goal in its newest plan, then reloads the history; true when it was saved. */
  async function reword(goalId: string, change: RewordGoalRequest): Promise<boolean> {
    lastSaved.value = null;
    const saved = await rewordRequest.run(() => apiClient().rewordGoal(goalId, change));
    if (!saved) return false;
    lastSaved.value = saved.position;
    await load(goalId);
    return true;
  }

  function clearRewordProblem(): void {
    rewordRequest.problem.value = null;
  }

  return {
    history,
    linkedGoals,
    loading: historyRequest.loading,
    problem: historyRequest.problem,
    saving: rewordRequest.loading,
    saveProblem: rewordRequest.problem,
    lastSaved,
    load,
    reword,
    clearRewordProblem,
  };
});

// One plan read per linked year (not per link): the seed's 2005 → 2020 lineage costs one request.
async function lookUpLinkedGoals(history: GoalHistory): Promise<Record<string, LinkedGoal>> {
  const committeeId = history.entries[0]?.committeeId;
  if (!committeeId) return {};
  const wanted = new Map<number, Set<string>>();
  const want = (year: number, goalId: string | null) => {
    if (goalId === null || goalId === history.goalId) return;
    wanted.set(year, (wanted.get(year) ?? new Set()).add(goalId));
  };
  for (const link of history.ancestors) want(link.fromYear, link.fromGoalId);
  for (const link of history.descendants) want(link.toYear, link.toGoalId);
  const found: Record<string, LinkedGoal> = {};
  await Promise.all(
    [...wanted].map(async ([year, goalIds]) => {
      // A missing plan only costs the link its words; the link itself still shows.
      const plan = await apiClient().plan(committeeId, year).catch(() => null);
      for (const goal of plan ? goalsOf(plan) : []) {
        if (goalIds.has(goal.goalId)) found[goal.goalId] = { year, goal };
      }
    }),
  );
  return found;
}
