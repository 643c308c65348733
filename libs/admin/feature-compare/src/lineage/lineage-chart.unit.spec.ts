import { sampleLineage } from '@goaltrail/admin-data-access';
import type { LineageNode } from '@goaltrail/goals-domain';
import { describe, expect, it } from 'vitest';
import { lineageRows, unlinkedGoals } from './lineage-rows';
import { sankeyChart, type SankeyTexts } from './sankey-options';

const texts: SankeyTexts = {
  goalName: (node: LineageNode) => `${node.kind} ${node.number}`,
  relation: (relation) => `rel:${relation}`,
  retiredNode: (year) => `retired after ${year}`,
  unlinkedNode: (year) => `unlinked after ${year}`,
  addedNode: (year) => `new in ${year}`,
  rationale: 'Why',
};

describe('lineage rows', () => {
  it('lists every link in the earlier plan’s document order, a retirement with no goal to go to', () => {
    const rows = lineageRows(sampleLineage());
    expect(rows.map((row) => [row.from.goalId, row.to?.goalId ?? null, row.relation])).toEqual([
      ['g-2005-d1', null, 'retired'],
      ['g-2005-d3', 'g-2020-o1', 'merged'],
      ['g-2005-e1', 'g-2020-o1', 'merged'],
    ]);
  });

  it('names the goals no link touches: none forward from 2005, the lärande goal new in 2020', () => {
    const unlinked = unlinkedGoals(sampleLineage());
    expect([...unlinked.withoutSuccessor.keys()]).toEqual([]);
    expect(unlinked.withoutPredecessor.get(2020)?.map((node) => node.goalId)).toEqual(['g-2020-l1']);
  });
});

describe('sankeyChart', () => {
  const { option, height } = sankeyChart(sampleLineage(), texts);
  const series = Array.isArray(option.series) ? option.series[0] : option.series;

  it('draws a column per year, a retired node after 2005 and a new node before 2020, one flow per link', () => {
    const data = series && 'data' in series ? (series.data ?? []) : [];
    const nodes = data.map((item) => (typeof item === 'object' && item && 'name' in item ? [item.name, item.depth] : null));
    expect(nodes).toEqual([
      ['2005/g-2005-d1', 0],
      ['2005/g-2005-d3', 0],
      ['2005/g-2005-e1', 0],
      ['2020/g-2020-o1', 1],
      ['2020/g-2020-l1', 1],
      ['retired:2005', 1],
      ['added:2020', 0],
    ]);
    const links = series && 'links' in series ? (series.links ?? []) : [];
    expect(links.map((link) => [link.source, link.target])).toEqual([
      ['2005/g-2005-d3', '2020/g-2020-o1'],
      ['2005/g-2005-e1', '2020/g-2020-o1'],
      ['2005/g-2005-d1', 'retired:2005'],
      ['added:2020', '2020/g-2020-l1'],
    ]);
    expect(height).toBeGreaterThanOrEqual(240);
  });

  it('puts the relation and the rationale, escaped, in the tooltip of a flow', () => {
    const tooltip = Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip;
    const formatter = tooltip?.formatter;
    if (typeof formatter !== 'function') throw new Error('no tooltip formatter');
    const edge = { dataType: 'edge', dataIndex: 0, name: '' } as Parameters<typeof formatter>[0];
    const html = String(formatter(edge, ''));
    expect(html).toContain('directional 3</strong> → <strong>committee 1');
    expect(html).toContain('rel:merged');
    expect(html).toContain('Why: Tydliga värderingar');
    const node = { dataType: 'node', dataIndex: 0, name: '2005/g-2005-d1' } as Parameters<typeof formatter>[0];
    expect(String(formatter(node, ''))).toContain('2005: Medborgarna i Nacka');
  });
});
