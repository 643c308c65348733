import { samplePlan2020, samplePlans } from '@goaltrail/admin-data-access';
import type { PlanView } from '@goaltrail/goals-domain';

/** Fake API paths of Socialnämnden's plans. */
export const plansPath = '/api/committees/socialnamnden/plans';

/** The 2021 draft carried forward from the 2020 sample plan: same goals (same ids), status draft. */
export const draft2021: PlanView = {
  ...samplePlan2020,
  year: 2021,
  status: 'draft',
  adoption: null,
  carriedForwardFrom: 2020,
  sections: samplePlan2020.sections.map((section) => ({ ...section, goals: section.goals.map((goal) => ({ ...goal, carriedFrom: 2020 })) })),
};

/** `GET …/plans/2021` before the draft exists. */
export const noPlan = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'No plan socialnamnden 2021', rule: 'plan-exists' } };

/** What every drafting write answers. */
export const written = { body: { streamId: 'plan-socialnamnden-2021', revision: 12, position: '99' } };

/** The routes every drafting test needs: the committee's years and the 2020 plan. */
export const baseRoutes = { [`GET ${plansPath}`]: { body: samplePlans }, [`GET ${plansPath}/2020`]: { body: samplePlan2020 } };
