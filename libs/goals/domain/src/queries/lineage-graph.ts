import { LineageYearOrderError } from '../errors/lineage-errors';
import type { RecordedEventLike } from '../shared/recorded-event';
import type { GoalKind } from '../vocabulary/goal-kind';
import type { LineageRelation } from '../vocabulary/lineage-relation';
import { selectAsOf, type AsOf } from './event-selection';
import { resolveLineage, type LinkOrigin } from './lineage-links';
import { foldCommitteeLineage, foldPlans } from './plan-folds';
import { goalsOf, toPlanView } from './plan-view';

/** A goal in one year: a column entry of the flow diagram. */
export type LineageNode = {
  /** `<year>/<goalId>`. */
  readonly id: string;
  readonly goalId: string;
  readonly year: number;
  readonly kind: GoalKind;
  readonly number: number;
  readonly sectionId: string;
  readonly text: string;
  /** "<number>. <wording>", ready to print. */
  readonly label: string;
};

/** A flow between two nodes; `target` is null for a retirement. */
export type LineageEdge = {
  readonly source: string;
  readonly target: string | null;
  readonly relation: LineageRelation;
  readonly rationale: string | null;
  readonly origin: LinkOrigin;
};

/** Nodes and links between two years, for a flow (Sankey-like) diagram. */
export type LineageGraph = {
  readonly committeeId: string;
  readonly fromYear: number;
  readonly toYear: number;
  /** The years in range that have a plan, ascending: the diagram's columns. */
  readonly years: readonly number[];
  readonly nodes: readonly LineageNode[];
  readonly links: readonly LineageEdge[];
};

/** Which committee and years, optionally as of a recorded and/or effective time. */
export type LineageGraphQuery = AsOf & { committeeId: string; fromYear: number; toYear: number };

/**
 * The lineage of a committee's goals over [fromYear, toYear]: every goal of every plan in range
 * as a node, and every link whose both ends (or, for retirements, whose source) are in range.
 */
export function lineageGraph(events: readonly RecordedEventLike[], query: LineageGraphQuery): LineageGraph {
  const { committeeId, fromYear, toYear } = query;
  if (fromYear > toYear) throw new LineageYearOrderError(fromYear, toYear);
  const selected = selectAsOf(events, query);
  const plans = foldPlans(selected, committeeId).map((folded) => folded.state);
  const inRange = plans.filter((plan) => plan.year >= fromYear && plan.year <= toYear);
  const nodes = inRange.flatMap((plan) =>
    // Document order (sections, then numbers), as the plan view lists them.
    goalsOf(toPlanView(plan, 0, [])).map((goal): LineageNode => ({
      id: nodeId(plan.year, goal.goalId),
      goalId: goal.goalId,
      year: plan.year,
      kind: goal.kind,
      number: goal.number,
      sectionId: goal.sectionId,
      text: goal.text,
      label: `${goal.number}. ${goal.text}`,
    })),
  );
  const known = new Set(nodes.map((node) => node.id));
  const links = resolveLineage(plans, foldCommitteeLineage(selected, committeeId))
    .filter((link) => link.toYear <= toYear)
    .map((link): LineageEdge => ({
      source: nodeId(link.fromYear, link.fromGoalId),
      target: link.toGoalId === null ? null : nodeId(link.toYear, link.toGoalId),
      relation: link.relation,
      rationale: link.rationale,
      origin: link.origin,
    }))
    .filter((edge) => known.has(edge.source) && (edge.target === null || known.has(edge.target)));
  return { committeeId, fromYear, toYear, years: inRange.map((plan) => plan.year), nodes, links };
}

function nodeId(year: number, goalId: string): string {
  return `${year}/${goalId}`;
}
