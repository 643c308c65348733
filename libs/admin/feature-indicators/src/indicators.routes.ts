import type { RouteRecordRaw } from 'vue-router';

/**
 * The indicators (`/indikatorer`, one at `/indikatorer/:indicatorId`), a committee's follow-up
 * (`/uppfoljning/:committeeId?/:year?`) and the Kolada upload (`/importera/kolada`); each loaded lazily.
 */
export const indicatorsRoutes: RouteRecordRaw[] = [
  {
    path: '/indikatorer',
    alias: '/indicators',
    name: 'indicators',
    component: () => import('./list/IndicatorListView.vue'),
    meta: { titleKey: 'indicators.title' },
  },
  {
    path: '/indikatorer/:indicatorId',
    name: 'indicator',
    component: () => import('./detail/IndicatorDetailView.vue'),
    meta: { titleKey: 'indicators.title' },
  },
  {
    path: '/uppfoljning/:committeeId?/:year(\\d{4})?',
    alias: '/follow-up/:committeeId?/:year(\\d{4})?',
    name: 'follow-up',
    component: () => import('./follow-up/FollowUpView.vue'),
    meta: { titleKey: 'followUp.title' },
  },
  {
    path: '/importera/kolada',
    name: 'kolada-import',
    component: () => import('./kolada/KoladaImportView.vue'),
    meta: { titleKey: 'kolada.title' },
  },
];
