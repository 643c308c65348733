import type { RouteRecordRaw } from 'vue-router';

/** A committee's plan for a year while it is drafted (`/planer/:committeeId/:year/utkast`); loaded lazily. */
export const draftRoutes: RouteRecordRaw[] = [
  {
    path: '/planer/:committeeId/:year(\\d{4})/utkast',
    name: 'plan-draft',
    component: () => import('./view/DraftView.vue'),
    meta: { titleKey: 'draft.title' },
  },
];
