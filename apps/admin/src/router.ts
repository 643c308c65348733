import { auditRoutes } from '@goaltrail/admin-feature-audit';
import { signInRoutes } from '@goaltrail/admin-feature-auth';
import { compareRoutes } from '@goaltrail/admin-feature-compare';
import { draftRoutes } from '@goaltrail/admin-feature-draft';
import { goalHistoryRoutes } from '@goaltrail/admin-feature-goal-history';
import { homeRoutes } from '@goaltrail/admin-feature-home';
import { importRoutes } from '@goaltrail/admin-feature-import';
import { indicatorsRoutes } from '@goaltrail/admin-feature-indicators';
import { plansRoutes } from '@goaltrail/admin-feature-plans';
import { replayRoutes } from '@goaltrail/admin-feature-replay';
import { useSessionStore } from '@goaltrail/admin-data-access';
import type { Pinia } from 'pinia';
import { createRouter, createWebHistory, type RouterHistory, type Router } from 'vue-router';

/**
 * History-mode router (the API falls back to index.html, so deep links work). Every route but the
 * public ones needs a session: without one the guard sends the person to sign in and back again.
 */
export function createAppRouter(options: { pinia?: Pinia; history?: RouterHistory } = {}): Router {
  const router = createRouter({
    history: options.history ?? createWebHistory(),
    routes: [
      ...homeRoutes,
      ...signInRoutes,
      ...plansRoutes,
      ...goalHistoryRoutes,
      ...compareRoutes,
      ...auditRoutes,
      ...replayRoutes,
      ...draftRoutes,
      ...importRoutes,
      ...indicatorsRoutes,
      {
        path: '/:path(.*)*',
        name: 'not-found',
        component: () => import('./NotFoundView.vue'),
        meta: { titleKey: 'app.notFound.title', public: true },
      },
    ],
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? undefined : { top: 0 }),
  });
  router.beforeEach(async (to) => {
    const user = await useSessionStore(options.pinia).ensureLoaded();
    if (to.meta.public || user) return true;
    return { name: 'sign-in', query: { redirect: to.fullPath } };
  });
  return router;
}
