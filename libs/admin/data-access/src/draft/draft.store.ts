import type { Problem } from '@goaltrail/admin-util';
import type { PlanView } from '@goaltrail/goals-domain';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { RewordGoalRequest } from '../api-client';
import { ApiError } from '../api-error';
import { createRequestState } from '../request-state';
import type { PlanSummary } from '../response-schemas';
import { apiClient } from '../shared-client';
import { draftApi, type AddFocusAreaRequest, type AddGoalRequest, type AdoptPlanRequest, type LinkGoalsRequest } from './draft-api';
import { theirVersionIn, type TheirVersion } from './their-version';
import { attempt, type WriteResult } from './write-result';

/** How a rewording ended: saved, refused because someone else changed the goal first, or refused. */
export type RewordOutcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'conflict'; readonly theirs: TheirVersion | null; readonly problem: Problem }
  | { readonly kind: 'failed'; readonly problem: Problem };

/** One committee's plan for one year while a planner drafts it, and the earlier plan it grows from. */
export const useDraftStore = defineStore('draft', () => {
  const key = ref<{ committeeId: string; year: number } | null>(null);
  /** The year's plan; null while loading, or when the year has no plan yet (`missing`). */
  const plan = shallowRef<PlanView | null>(null);
  const missing = ref(false);
  /** The committee's plans, for choosing the year to carry forward. */
  const years = ref<PlanSummary[]>([]);
  /** The plan lineage links run from: the year carried forward, else the latest earlier year. */
  const previous = shallowRef<PlanView | null>(null);
  const loadRequest = createRequestState();
  const api = () => draftApi(apiClient());

  const earlierYears = computed(() => years.value.filter((entry) => key.value !== null && entry.year < key.value.year));

  /** Loads the year's plan (or learns there is none), the committee's years and the previous plan. */
  async function load(committeeId: string, year: number): Promise<void> {
    if (key.value?.committeeId !== committeeId || key.value.year !== year) {
      plan.value = previous.value = null;
      missing.value = false;
    }
    key.value = { committeeId, year };
    const loaded = await loadRequest.run(async () => {
      const [list, view] = await Promise.all([apiClient().plans(committeeId), planOrNull(committeeId, year)]);
      const fromYear = view?.carriedForwardFrom ?? latestBefore(list, year);
      const before = fromYear === null ? null : await planOrNull(committeeId, fromYear);
      return { list, view, before };
    });
    if (!loaded) return;
    years.value = loaded.list;
    plan.value = loaded.view;
    missing.value = loaded.view === null;
    previous.value = loaded.before;
  }

  /** Reads the draft again after a write, keeping the old one on screen meanwhile. */
  async function refresh(): Promise<void> {
    if (key.value) await load(key.value.committeeId, key.value.year);
  }

  async function write<T>(send: () => Promise<T>): Promise<WriteResult<T>> {
    const result = await attempt(send);
    if (result.ok) await refresh();
    return result;
  }

  function target(): { committeeId: string; year: number } {
    if (!key.value) throw new Error('no draft is loaded');
    return key.value;
  }

  const start = (fromYear: number | null) => write(() => api().draftPlan(target().committeeId, target().year, fromYear));
  const addGoal = (body: AddGoalRequest) => write(() => api().addGoal(target().committeeId, target().year, body));
  const addFocusArea = (body: AddFocusAreaRequest) => write(() => api().addFocusArea(target().committeeId, target().year, body));
  const retire = (goalId: string, reason: string) => write(() => api().retireGoal(goalId, { reason }));
  const link = (body: LinkGoalsRequest) => write(() => api().linkGoals(body));
  const adopt = (body: AdoptPlanRequest) => write(() => api().adoptPlan(target().committeeId, target().year, body));

  /**
   * Rewords a goal of the draft with the revision the editor saw. On 409 it looks up the wording that
   * won, so the planner sees the other person's words before deciding; nothing is overwritten silently.
   */
  async function reword(goalId: string, change: RewordGoalRequest): Promise<RewordOutcome> {
    const result = await write(() => apiClient().rewordGoal(goalId, change));
    if (result.ok) return { kind: 'saved' };
    if (result.problem.status !== 409) return { kind: 'failed', problem: result.problem };
    const year = target().year;
    const history = await apiClient().goalHistory(goalId).catch(() => null);
    await refresh();
    return { kind: 'conflict', theirs: history ? theirVersionIn(history, year) : null, problem: result.problem };
  }

  return {
    key,
    plan,
    missing,
    years,
    earlierYears,
    previous,
    loading: loadRequest.loading,
    problem: loadRequest.problem,
    load,
    refresh,
    start,
    addGoal,
    addFocusArea,
    retire,
    link,
    adopt,
    reword,
  };
});

async function planOrNull(committeeId: string, year: number): Promise<PlanView | null> {
  try {
    return await apiClient().plan(committeeId, year);
  } catch (cause) {
    // No plan for the year yet is the normal start of a draft, not a failure.
    if (cause instanceof ApiError && cause.status === 404 && (cause.problem.rule ?? 'plan-exists') === 'plan-exists') return null;
    throw cause;
  }
}

function latestBefore(list: readonly PlanSummary[], year: number): number | null {
  const earlier = list.map((entry) => entry.year).filter((candidate) => candidate < year);
  return earlier.length > 0 ? Math.max(...earlier) : null;
}
