import type { RouteRecordRaw } from 'vue-router';

/** The sign-in page, reachable without a session (also as /sign-in); loaded lazily. */
export const signInRoutes: RouteRecordRaw[] = [
  {
    path: '/logga-in',
    alias: '/sign-in',
    name: 'sign-in',
    component: () => import('./SignInView.vue'),
    meta: { titleKey: 'auth.title', public: true },
  },
];
