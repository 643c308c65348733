import type { GoalKind } from '@goaltrail/goals-domain';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { attempt, type WriteResult } from '../draft/write-result';
import { createRequestState } from '../request-state';
import { apiClient } from '../shared-client';
import { indicatorsApi, type DefineIndicatorRequest } from './indicators-api';
import type { IndicatorSummary, IndicatorWriteAnswer } from './indicator-schemas';

/** A goal an indicator follows up, named as the plan it last stood in names it. */
export interface IndicatorGoal {
  readonly goalId: string;
  readonly committeeId: string;
  readonly year: number;
  readonly kind: GoalKind;
  readonly number: number;
  readonly text: string;
}

/** Every indicator, the goals they follow up by name, and defining a new indicator. */
export const useIndicatorsStore = defineStore('indicators', () => {
  const indicators = shallowRef<readonly IndicatorSummary[]>([]);
  const loaded = ref(false);
  const request = createRequestState();
  /** Goals by id, read once each: a list of indicators names a handful of goals, many of them twice. */
  const goals = shallowRef<ReadonlyMap<string, IndicatorGoal>>(new Map());
  const asked = new Set<string>();

  async function load(): Promise<void> {
    const list = await request.run(() => indicatorsApi(apiClient()).list());
    if (!list) return;
    indicators.value = list;
    loaded.value = true;
    void loadGoals(list.flatMap((indicator) => indicator.goals.map((goal) => goal.goalId)));
  }

  /**
   * Reads the goals not yet known from their histories. A goal that cannot be read keeps its id as its
   * name: the list is still right without the wording, so this never fails the page.
   */
  async function loadGoals(goalIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(goalIds)].filter((goalId) => !asked.has(goalId));
    wanted.forEach((goalId) => asked.add(goalId));
    const found = await Promise.all(wanted.map((goalId) => indicatorGoal(goalId).catch(() => null)));
    const known = found.filter((goal): goal is IndicatorGoal => goal !== null);
    if (known.length > 0) goals.value = new Map([...goals.value, ...known.map((goal) => [goal.goalId, goal] as const)]);
  }

  /** Defines an indicator; the list is read again after it is recorded. */
  async function define(body: DefineIndicatorRequest): Promise<WriteResult<IndicatorWriteAnswer>> {
    const result = await attempt(() => indicatorsApi(apiClient()).define(body));
    if (result.ok) await load();
    return result;
  }

  return { indicators, loaded, loading: request.loading, problem: request.problem, goals, load, loadGoals, define };
});

async function indicatorGoal(goalId: string): Promise<IndicatorGoal | null> {
  const history = await apiClient().goalHistory(goalId);
  const latest = history.entries.at(-1);
  if (!latest) return null;
  const { kind, number, text } = latest.goal;
  return { goalId, committeeId: latest.committeeId, year: latest.year, kind, number, text };
}
