import { describe, expect, it } from 'vitest';
import { LineageYearOrderError } from '../errors/lineage-errors';
import { committeeId, ids2005 } from '../testing/seed-2005.fixture';
import { id2020 } from '../testing/seed-2020.fixture';
import { rewordedGoalId, scenario2021 } from '../testing/scenario-2021.fixture';
import { lineageGraph } from './lineage-graph';

describe('lineageGraph', () => {
  const { events } = scenario2021();

  it('given the seeds, when 2005 → 2020 is drawn, then both years are columns with every goal as a node', () => {
    const graph = lineageGraph(events, { committeeId, fromYear: 2005, toYear: 2020 });
    expect(graph.years).toEqual([2005, 2020]);
    expect(graph.nodes.filter((n) => n.year === 2005)).toHaveLength(13);
    expect(graph.nodes.filter((n) => n.year === 2020)).toHaveLength(5);
    expect(graph.nodes[0]).toMatchObject({
      id: `2005/${ids2005.im(1)}`,
      kind: 'directional',
      number: 1,
      sectionId: 'kind:directional',
    });
    expect(graph.nodes[0]?.label).toMatch(/^1\. Medborgarna i Nacka som behöver social omsorg/u);
  });

  it('then the merger, the replacement and the retirements are links with their rationale', () => {
    const graph = lineageGraph(events, { committeeId, fromYear: 2005, toYear: 2020 });
    const myndighet = `2020/${rewordedGoalId}`;
    expect(graph.links.map((l) => [l.source, l.target, l.relation])).toEqual([
      [`2005/${ids2005.em(7)}`, myndighet, 'merged'],
      [`2005/${ids2005.im(2)}`, null, 'retired'],
      [`2005/${ids2005.im(3)}`, myndighet, 'merged'],
      [`2005/${ids2005.im(4)}`, null, 'retired'],
      [`2005/${ids2005.im(5)}`, `2020/${id2020('larande', 1)}`, 'replaced'],
    ]);
    expect(graph.links.every((l) => l.origin === 'recorded' && (l.rationale ?? '').length > 0)).toBe(true);
  });

  it('given 2021 carried from 2020 with one rewording, then carry-forward links continue, and reword the reworded goal', () => {
    const graph = lineageGraph(events, { committeeId, fromYear: 2020, toYear: 2021 });
    const carried = graph.links.filter((l) => l.origin === 'carried-forward');
    expect(carried).toHaveLength(5);
    expect(carried.filter((l) => l.relation === 'reworded').map((l) => l.target)).toEqual([
      `2021/${rewordedGoalId}`,
    ]);
    // The 2005 → 2020 links lie outside the range and are left out.
    expect(graph.links.some((l) => l.source.startsWith('2005/'))).toBe(false);
  });

  it('when asked as recorded before the lineage was recorded, then only the nodes remain', () => {
    const graph = lineageGraph(events, {
      committeeId,
      fromYear: 2005,
      toYear: 2020,
      recordedAt: '2026-01-11T00:00:00Z',
    });
    expect([graph.nodes.length, graph.links.length]).toEqual([18, 0]);
  });

  it('when the years are reversed, then LineageYearOrderError', () => {
    expect(() => lineageGraph(events, { committeeId, fromYear: 2020, toYear: 2005 })).toThrow(
      LineageYearOrderError,
    );
  });

  it('is deterministic: same events in another order give the same graph', () => {
    const query = { committeeId, fromYear: 2005, toYear: 2021 };
    expect(lineageGraph([...events].reverse(), query)).toEqual(lineageGraph(events, query));
  });
});
