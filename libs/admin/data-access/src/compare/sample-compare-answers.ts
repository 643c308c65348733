import { diffPlans, goalsOf, type LineageGraph, type LinkLike, type PlanDiff, type PlanView } from '@goaltrail/goals-domain';
import { samplePlan2005, samplePlan2020 } from '../testing/sample-answers';

// Test fixtures over the sample 2005 and 2020 plans: inriktningsmål 3 and effektmål 1 merged into the
// 2020 "tydlig och förståelig myndighetsutövning", inriktningsmål 1 retired, the lärande goal new.
// Functions, not constants: the diff runs the domain, and nothing here should run unless a test asks.

const rationale = 'Tydliga värderingar och välgrundade beslut blev en tydlig myndighetsutövning.';

/** The lineage links of the sample comparison, as recorded. */
export function sampleCompareLinks(): LinkLike[] {
  return [
    { fromYear: 2005, fromGoalId: 'g-2005-d3', toYear: 2020, toGoalId: 'g-2020-o1', relation: 'merged', rationale },
    { fromYear: 2005, fromGoalId: 'g-2005-e1', toYear: 2020, toGoalId: 'g-2020-o1', relation: 'merged', rationale },
    { fromYear: 2005, fromGoalId: 'g-2005-d1', toYear: 2020, toGoalId: null, relation: 'retired', rationale: 'Ingen motsvarighet 2020.' },
  ];
}

/** `GET /api/committees/socialnamnden/diff?from=2005&to=2020`, made by the domain's own diff. */
export function sampleDiff(): PlanDiff {
  return diffPlans(samplePlan2005, samplePlan2020, sampleCompareLinks());
}

/** `GET /api/committees/socialnamnden/lineage?from=2005&to=2020`. */
export function sampleLineage(): LineageGraph {
  const nodes = (plan: PlanView) =>
    goalsOf(plan).map((goal) => ({
      id: `${plan.year}/${goal.goalId}`,
      goalId: goal.goalId,
      year: plan.year,
      kind: goal.kind,
      number: goal.number,
      sectionId: goal.sectionId,
      text: goal.text,
      label: `${goal.number}. ${goal.text}`,
    }));
  return {
    committeeId: 'socialnamnden',
    fromYear: 2005,
    toYear: 2020,
    years: [2005, 2020],
    nodes: [...nodes(samplePlan2005), ...nodes(samplePlan2020)],
    links: sampleCompareLinks().map((link) => ({
      source: `${link.fromYear}/${link.fromGoalId}`,
      target: link.toGoalId === null ? null : `${link.toYear}/${link.toGoalId}`,
      relation: link.relation,
      rationale: link.rationale ?? null,
      origin: 'recorded' as const,
    })),
  };
}
