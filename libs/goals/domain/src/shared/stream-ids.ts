/**
 * Stream names. Plans are one stream per committee and year so that adopting, amending and
 * the as-of fold of a plan each touch exactly one stream.
 */
export const streamIds = {
  committee: (committeeId: string): string => `committee-${committeeId}`,
  plan: (committeeId: string, year: number): string => `plan-${committeeId}-${year}`,
  lineage: (committeeId: string): string => `lineage-${committeeId}`,
};

export function isPlanStream(streamId: string): boolean {
  return streamId.startsWith('plan-');
}

export function isLineageStream(streamId: string): boolean {
  return streamId.startsWith('lineage-');
}
