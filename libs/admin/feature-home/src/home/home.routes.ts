import type { RouteRecordRaw } from 'vue-router';

/** The start page; loaded lazily like every feature route. */
export const homeRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./HomeView.vue'), meta: { titleKey: 'home.title' } },
];
