import type { LineageGraph, PlanDiff, PlanView } from '@goaltrail/goals-domain';
import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { createRequestState } from '../request-state';
import { apiClient } from '../shared-client';
import { compareApi } from './compare-api';

/** Which comparison is shown: a committee and two of its years, the earlier first. */
export interface CompareKey {
  readonly committeeId: string;
  readonly from: number;
  readonly to: number;
}

/** Everything "compare years" shows, read together so the view never mixes two comparisons. */
export interface Comparison {
  readonly key: CompareKey;
  readonly fromPlan: PlanView;
  readonly toPlan: PlanView;
  readonly diff: PlanDiff;
  readonly lineage: LineageGraph;
}

/** Two years of a committee side by side: both plans, the domain's diff and the lineage between them. */
export const useCompareStore = defineStore('compare', () => {
  // Answers are read whole and never edited in place: no need to make them deeply reactive.
  const comparison = shallowRef<Comparison | null>(null);
  const request = createRequestState();

  /** Loads a comparison; the previous one is cleared first so nothing stale sits under new headings. */
  async function load(key: CompareKey): Promise<void> {
    if (!sameKey(comparison.value?.key, key)) comparison.value = null;
    const loaded = await request.run(async () => {
      const api = compareApi(apiClient());
      const [fromPlan, toPlan, diff, lineage] = await Promise.all([
        apiClient().plan(key.committeeId, key.from),
        apiClient().plan(key.committeeId, key.to),
        api.diff(key.committeeId, key.from, key.to),
        api.lineage(key.committeeId, key.from, key.to),
      ]);
      return { key, fromPlan, toPlan, diff, lineage };
    });
    if (loaded) comparison.value = loaded;
  }

  return { comparison, loading: request.loading, problem: request.problem, load };
});

function sameKey(a: CompareKey | undefined, b: CompareKey): boolean {
  return a !== undefined && a.committeeId === b.committeeId && a.from === b.from && a.to === b.to;
}
