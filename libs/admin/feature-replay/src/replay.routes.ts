import type { RouteRecordRaw } from 'vue-router';

/** The replay (`/aterspelning`, alias `/replay`); the view, its worker and the domain folds load lazily. */
export const replayRoutes: RouteRecordRaw[] = [
  {
    path: '/aterspelning',
    alias: '/replay',
    name: 'replay',
    component: () => import('./view/ReplayView.vue'),
    meta: { titleKey: 'replay.title' },
  },
];
