/**
 * How a goal of one year relates to a goal of a later year. `retired` has no successor;
 * `split` and `merged` are recorded as several links that share one rationale.
 */
export const lineageRelations = ['continues', 'reworded', 'split', 'merged', 'replaced', 'retired'] as const;

export type LineageRelation = (typeof lineageRelations)[number];

export function isLineageRelation(value: unknown): value is LineageRelation {
  return typeof value === 'string' && (lineageRelations as readonly string[]).includes(value);
}
