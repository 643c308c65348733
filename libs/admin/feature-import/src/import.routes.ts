import type { RouteRecordRaw } from 'vue-router';

/** Importing a goal document (`/importera`): paste or upload, preview, commit; loaded lazily. */
export const importRoutes: RouteRecordRaw[] = [
  {
    path: '/importera',
    name: 'import',
    component: () => import('./view/ImportView.vue'),
    meta: { titleKey: 'import.title' },
  },
];
