import type { LineageRelation } from '../vocabulary/lineage-relation';

/** One recorded lineage link between a goal in one year and a goal (or nothing) in a later year. */
export type LineageLink = {
  readonly fromYear: number;
  readonly fromGoalId: string;
  readonly toYear: number;
  readonly toGoalId: string | null;
  readonly relation: LineageRelation;
  readonly rationale: string;
};

/** The links a committee's lineage stream records. */
export type LineageState = { readonly links: readonly LineageLink[] };

/** A lineage stream before its first event. */
export const emptyLineage: LineageState = { links: [] };

/** The identity of a link: the two goals in their years. One link per pair. */
export function linkKey(link: {
  fromYear: number;
  fromGoalId: string;
  toYear: number;
  toGoalId: string | null;
}): string {
  return `${link.fromYear}/${link.fromGoalId}->${link.toYear}/${link.toGoalId ?? '(retired)'}`;
}
