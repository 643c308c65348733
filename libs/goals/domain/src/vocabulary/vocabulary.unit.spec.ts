import { describe, expect, it } from 'vitest';
import { isGoalKind } from './goal-kind';
import { isLineageRelation } from './lineage-relation';

describe('domain vocabulary', () => {
  it('knows the three goal kinds and nothing else', () => {
    expect(['directional', 'effect', 'committee'].every(isGoalKind)).toBe(true);
    expect(isGoalKind('inriktningsmål')).toBe(false);
    expect(isGoalKind(undefined)).toBe(false);
  });

  it('knows the lineage relations and nothing else', () => {
    expect(isLineageRelation('merged')).toBe(true);
    expect(isLineageRelation('Merged')).toBe(false);
  });
});
