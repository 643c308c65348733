import type { LineageGraph, PlanDiff } from '@goaltrail/goals-domain';
import type { ApiClient } from '../api-client';
import { lineageGraphSchema, planDiffSchema } from './compare-schemas';

/** The two reads behind "compare years", over the one shared client. */
export function compareApi(client: ApiClient) {
  const range = (committeeId: string, from: number, to: number, what: 'diff' | 'lineage') =>
    `/api/committees/${encodeURIComponent(committeeId)}/${what}?${new URLSearchParams({ from: String(from), to: String(to) })}`;
  return {
    /** Added, retired, reworded (word by word), moved and unchanged goals between two years. */
    diff: (committeeId: string, from: number, to: number): Promise<PlanDiff> =>
      client.request('GET', range(committeeId, from, to, 'diff'), planDiffSchema),
    /** Every goal of the plans in range as a node, and the lineage links between them. */
    lineage: (committeeId: string, from: number, to: number): Promise<LineageGraph> =>
      client.request('GET', range(committeeId, from, to, 'lineage'), lineageGraphSchema),
  };
}
