import { describe, expect, it } from 'vitest';
import { importChangesOf } from './import-changes';

const plan = { committeeId: 'socialnamnden', year: 2006 };

describe('importChangesOf', () => {
  it('counts a new plan: its committee, the plan itself, focus areas and goals', () => {
    expect(
      importChangesOf([
        { type: 'RegisterCommittee', committeeId: 'socialnamnden', name: 'Socialnämnden', municipality: null },
        { type: 'DraftPlan', ...plan, fromYear: null },
        { type: 'AddFocusArea', ...plan, focusAreaId: 'trygghet', title: 'Trygghet', description: [] },
        { type: 'AddGoal', ...plan, goalId: 'g1', kind: 'committee', number: 1, text: 'Ett mål', focusAreaId: 'trygghet' },
        { type: 'AddGoal', ...plan, goalId: 'g2', kind: 'committee', number: 2, text: 'Ett till', focusAreaId: 'trygghet' },
      ]),
    ).toEqual({ committeeRegistered: 'Socialnämnden', planDrafted: 2006, focusAreasAdded: 1, goalsAdded: 2, goalsReworded: 0 });
  });

  it('counts a changed document for an existing plan as rewordings only', () => {
    const reword = { type: 'RewordGoal' as const, ...plan, goalId: 'g1', text: 'Ett nytt mål', reason: 'ny version', expectedRevision: 3 };
    expect(importChangesOf([reword, { ...reword, goalId: 'g2' }])).toEqual({
      committeeRegistered: null,
      planDrafted: null,
      focusAreasAdded: 0,
      goalsAdded: 0,
      goalsReworded: 2,
    });
  });
});
