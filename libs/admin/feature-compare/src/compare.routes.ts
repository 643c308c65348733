import type { RouteRecordRaw } from 'vue-router';

/** Two years of a committee compared (`/jamfor?committee=&from=&to=`, alias `/compare`); loaded lazily. */
export const compareRoutes: RouteRecordRaw[] = [
  {
    path: '/jamfor',
    alias: '/compare',
    name: 'compare',
    component: () => import('./compare/CompareView.vue'),
    meta: { titleKey: 'compare.title' },
  },
];
