import type { RouteRecordRaw } from 'vue-router';

/** One goal's history and lineage (`/mal/:goalId`); loaded lazily. */
export const goalHistoryRoutes: RouteRecordRaw[] = [
  {
    path: '/mal/:goalId',
    name: 'goal-history',
    component: () => import('./history/GoalHistoryView.vue'),
    meta: { titleKey: 'history.title' },
  },
];
