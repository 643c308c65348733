import { sampleDiff, samplePlan2005, samplePlan2020 } from '@goaltrail/admin-data-access';
import { describe, expect, it } from 'vitest';
import { compareColumns, type PlanColumn } from './compare-columns';
import { wordRuns } from './word-runs';

const goalsOf = (column: PlanColumn) => column.sections.flatMap((section) => section.goals);

describe('compareColumns', () => {
  const [from, to] = compareColumns(samplePlan2005, samplePlan2020, sampleDiff());

  it('given the sample diff, then each plan keeps its own sections in document order', () => {
    expect(from.sections.map((section) => [section.goalKind, section.goals.map((item) => item.goal.goalId)])).toEqual([
      ['directional', ['g-2005-d1', 'g-2005-d3']],
      ['effect', ['g-2005-e1']],
    ]);
    expect(to.sections.map((section) => section.title)).toEqual(['En öppen kommun', 'En lärande kommun']);
  });

  it('then the earlier goals are retired (with the rationale) or reworded and moved towards their partner', () => {
    const byId = Object.fromEntries(goalsOf(from).map((item) => [item.goal.goalId, item]));
    expect(byId['g-2005-d1']).toMatchObject({ statuses: ['retired'], rationale: 'Ingen motsvarighet 2020.', counterparts: [] });
    expect(byId['g-2005-d3']?.statuses).toEqual(['reworded', 'moved']);
    expect(byId['g-2005-d3']?.counterparts.map((c) => [c.year, c.goal.goalId, c.relation])).toEqual([[2020, 'g-2020-o1', 'merged']]);
    expect(byId['g-2005-e1']?.measurementMethod).toEqual({ from: 'brukarundersökning', to: null });
  });

  it('then the merged later goal names both sources but highlights no single rewording; the new goal is added', () => {
    const byId = Object.fromEntries(goalsOf(to).map((item) => [item.goal.goalId, item]));
    expect(byId['g-2020-o1']?.counterparts.map((c) => c.goal.goalId)).toEqual(['g-2005-d3', 'g-2005-e1']);
    expect(byId['g-2020-o1']?.tokens).toBeNull();
    expect(byId['g-2020-l1']).toMatchObject({ statuses: ['added'], counterparts: [] });
  });

  it('then a one-to-one rewording shows deletions on the earlier side and insertions on the later side', () => {
    const tokens = sampleDiff().reworded[0]?.tokens ?? [];
    const deleted = wordRuns(tokens, 'from').filter((run) => run.marked).map((run) => run.text);
    const inserted = wordRuns(tokens, 'to').filter((run) => run.marked).map((run) => run.text);
    expect(deleted.join(' ')).toContain('värderingar');
    expect(inserted.join(' ')).toContain('myndighetsutövning');
  });
});

describe('wordRuns', () => {
  it('joins neighbouring words of one kind and keeps the spaces between runs', () => {
    const tokens = [
      { op: 'equal', text: 'Socialnämnden', spaceBefore: false },
      { op: 'equal', text: 'ska', spaceBefore: true },
      { op: 'delete', text: 'och', spaceBefore: true },
      { op: 'insert', text: ',', spaceBefore: false },
      { op: 'equal', text: 'förståelig', spaceBefore: true },
      { op: 'insert', text: 'och', spaceBefore: true },
      { op: 'insert', text: 'rättssäker', spaceBefore: true },
    ] as const;
    expect(wordRuns(tokens, 'from')).toEqual([
      { marked: false, text: 'Socialnämnden ska', spaceBefore: false },
      { marked: true, text: 'och', spaceBefore: true },
      { marked: false, text: 'förståelig', spaceBefore: true },
    ]);
    expect(wordRuns(tokens, 'to')).toEqual([
      { marked: false, text: 'Socialnämnden ska', spaceBefore: false },
      { marked: true, text: ',', spaceBefore: false },
      { marked: false, text: 'förståelig', spaceBefore: true },
      { marked: true, text: 'och rättssäker', spaceBefore: true },
    ]);
  });
});
