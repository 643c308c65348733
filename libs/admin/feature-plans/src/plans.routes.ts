import type { RouteRecordRaw } from 'vue-router';

/** Committees → a committee's years → one plan (optionally `?asOf=` a recorded instant); all lazy. */
export const plansRoutes: RouteRecordRaw[] = [
  {
    path: '/planer',
    name: 'committees',
    component: () => import('./committees/CommitteesView.vue'),
    meta: { titleKey: 'plans.committees.title' },
  },
  {
    path: '/planer/:committeeId',
    name: 'committee-plans',
    component: () => import('./committee-plans/CommitteePlansView.vue'),
    meta: { titleKey: 'plans.years.title' },
  },
  {
    path: '/planer/:committeeId/:year(\\d{4})',
    name: 'plan',
    component: () => import('./plan-document/PlanDocumentView.vue'),
    meta: { titleKey: 'plans.document.title' },
  },
];
