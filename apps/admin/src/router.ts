import { homeRoutes } from '@goaltrail/admin-feature-home';
import { createRouter, createWebHistory, type Router } from 'vue-router';
import NotFoundView from './NotFoundView.vue';

/** History-mode router; the API falls back to index.html so deep links work. */
export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes: [...homeRoutes, { path: '/:path(.*)*', name: 'not-found', component: NotFoundView }],
  });
  router.afterEach((to) => {
    const title = typeof to.meta['title'] === 'string' ? to.meta['title'] : 'Sidan finns inte';
    document.title = `${title} · Målspåret`;
  });
  return router;
}
