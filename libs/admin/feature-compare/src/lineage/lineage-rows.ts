import type { LineageEdge, LineageGraph, LineageNode } from '@goaltrail/goals-domain';

/** One link of the lineage with both ends resolved to their goals; `to` is null for a retirement. */
export interface LineageRow {
  readonly key: string;
  readonly from: LineageNode;
  readonly to: LineageNode | null;
  readonly relation: LineageEdge['relation'];
  readonly rationale: string | null;
  readonly origin: LineageEdge['origin'];
}

/** Goals no link touches on one side: they still belong in the picture. */
export interface UnlinkedGoals {
  /** Per year before the last: goals with no link forward. */
  readonly withoutSuccessor: ReadonlyMap<number, readonly LineageNode[]>;
  /** Per year after the first: goals with no link from before. */
  readonly withoutPredecessor: ReadonlyMap<number, readonly LineageNode[]>;
}

/**
 * The graph's links as rows in reading order: by the earlier goal's place in its plan, then the
 * later goal's (the API orders links by id, which means nothing to a reader).
 */
export function lineageRows(graph: LineageGraph): LineageRow[] {
  const order = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const place = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? Number.MAX_SAFE_INTEGER));
  return graph.links
    .flatMap((link): LineageRow[] => {
      const from = byId.get(link.source);
      if (!from) return [];
      const to = link.target === null ? null : (byId.get(link.target) ?? null);
      return [{ key: `${link.source}→${link.target ?? 'retired'}`, from, to, relation: link.relation, rationale: link.rationale, origin: link.origin }];
    })
    .sort((a, b) => place(a.from.id) - place(b.from.id) || place(a.to?.id ?? null) - place(b.to?.id ?? null));
}

/** The goals of each year that no link leaves (before the last year) or reaches (after the first). */
export function unlinkedGoals(graph: LineageGraph): UnlinkedGoals {
  const sources = new Set(graph.links.map((link) => link.source));
  const targets = new Set(graph.links.flatMap((link) => (link.target === null ? [] : [link.target])));
  const first = graph.years[0];
  const last = graph.years.at(-1);
  const withoutSuccessor = new Map<number, LineageNode[]>();
  const withoutPredecessor = new Map<number, LineageNode[]>();
  const add = (map: Map<number, LineageNode[]>, node: LineageNode) => map.set(node.year, [...(map.get(node.year) ?? []), node]);
  for (const node of graph.nodes) {
    if (node.year !== last && !sources.has(node.id)) add(withoutSuccessor, node);
    if (node.year !== first && !targets.has(node.id)) add(withoutPredecessor, node);
  }
  return { withoutSuccessor, withoutPredecessor };
}
