import type { LineageGraph, LineageNode, LineageRelation } from '@goaltrail/goals-domain';
import type { SankeySeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { unlinkedGoals } from './lineage-rows';
import { relationColors, unlinkedColor } from './relation-colors';

/** The option object of the lineage chart (only the sankey series and the tooltip are registered). */
export type LineageChartOption = ComposeOption<SankeySeriesOption | TooltipComponentOption>;

/** The words the chart shows, in the interface language. */
export interface SankeyTexts {
  goalName(node: LineageNode): string;
  relation(relation: LineageRelation): string;
  retiredNode(year: number): string;
  unlinkedNode(year: number): string;
  addedNode(year: number): string;
  rationale: string;
}

interface ChartNode {
  readonly name: string;
  readonly label: string;
  readonly depth: number;
  readonly detail: string | null;
  readonly synthetic: boolean;
}

interface ChartLink {
  readonly source: string;
  readonly target: string;
  readonly relation: LineageRelation | null;
  readonly rationale: string | null;
}

/** The chart's option and the height (px) that gives every goal of the fullest column room. */
export interface LineageChart {
  readonly option: LineageChartOption;
  readonly height: number;
}

/**
 * The lineage as a Sankey diagram: one column per year, a flow per link. Retirements flow into an
 * "retired" node after their year; goals no link touches flow to "no recorded link" or from "new",
 * so every goal is drawn and the columns add up.
 */
export function sankeyChart(graph: LineageGraph, texts: SankeyTexts): LineageChart {
  const depthOf = new Map(graph.years.map((year, index) => [year, index]));
  const lastDepth = Math.max(graph.years.length - 1, 1);
  const nodes = new Map<string, ChartNode>();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const node of graph.nodes) {
    nodes.set(node.id, { name: node.id, label: texts.goalName(node), depth: depthOf.get(node.year) ?? 0, detail: `${node.year}: ${node.text}`, synthetic: false });
  }
  const synthetic = (name: string, label: string, depth: number) => {
    if (!nodes.has(name)) nodes.set(name, { name, label, depth, detail: null, synthetic: true });
    return name;
  };
  const links: ChartLink[] = graph.links.flatMap((link) => {
    const from = byId.get(link.source);
    if (!from) return [];
    const depth = (depthOf.get(from.year) ?? 0) + 1;
    const target = link.target ?? synthetic(`retired:${from.year}`, texts.retiredNode(from.year), depth);
    return [{ source: link.source, target, relation: link.relation, rationale: link.rationale }];
  });
  const unlinked = unlinkedGoals(graph);
  for (const [year, goals] of unlinked.withoutSuccessor) {
    const target = synthetic(`unlinked:${year}`, texts.unlinkedNode(year), (depthOf.get(year) ?? 0) + 1);
    for (const goal of goals) links.push({ source: goal.id, target, relation: null, rationale: null });
  }
  for (const [year, goals] of unlinked.withoutPredecessor) {
    const source = synthetic(`added:${year}`, texts.addedNode(year), (depthOf.get(year) ?? 1) - 1);
    for (const goal of goals) links.push({ source, target: goal.id, relation: null, rationale: null });
  }
  const chartNodes = [...nodes.values()];
  const label = (name: string) => nodes.get(name)?.label ?? name;
  const perColumn = new Map<number, number>();
  for (const node of chartNodes) perColumn.set(node.depth, (perColumn.get(node.depth) ?? 0) + 1);
  const height = Math.max(240, Math.max(0, ...perColumn.values()) * 34 + 16);

  const option: LineageChartOption = {
    // Motion only distracts here, and people who ask for reduced motion must not get it.
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width: 24rem; white-space: normal;',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (!item) return '';
        if (item.dataType === 'edge') {
          const link = links[item.dataIndex];
          if (!link) return '';
          const head = `<strong>${escapeHtml(label(link.source))}</strong> → <strong>${escapeHtml(label(link.target))}</strong>`;
          const relation = link.relation ? `<br>${escapeHtml(texts.relation(link.relation))}` : '';
          const why = link.rationale ? `<br>${escapeHtml(texts.rationale)}: ${escapeHtml(link.rationale)}` : '';
          return `${head}${relation}${why}`;
        }
        const node = nodes.get(item.name);
        if (!node) return '';
        return `<strong>${escapeHtml(node.label)}</strong>${node.detail ? `<br>${escapeHtml(node.detail)}` : ''}`;
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        nodeWidth: 14,
        nodeGap: 10,
        draggable: false,
        layoutIterations: 32,
        emphasis: { focus: 'adjacency' },
        label: { color: '#1b1f24', fontSize: 12, overflow: 'truncate', width: 260 },
        data: chartNodes.map((node) => ({
          name: node.name,
          depth: node.depth,
          itemStyle: { color: node.synthetic ? unlinkedColor : '#1d4e89', borderColor: node.synthetic ? unlinkedColor : '#1d4e89' },
          // The last column's names go left of their bars, so they stay inside the chart.
          label: { position: node.depth >= lastDepth ? 'left' : 'right', formatter: () => node.label },
        })),
        links: links.map((link) => ({
          source: link.source,
          target: link.target,
          value: 1,
          lineStyle: { color: link.relation ? relationColors[link.relation] : unlinkedColor, opacity: link.relation ? 0.55 : 0.25 },
        })),
      },
    ],
  };
  return { option, height };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
