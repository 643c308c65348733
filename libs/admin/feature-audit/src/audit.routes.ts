import type { RouteRecordRaw } from 'vue-router';

/** The audit view (`/granskning`, alias `/audit`): event log, filters, CSV export, hash chain; loaded lazily. */
export const auditRoutes: RouteRecordRaw[] = [
  {
    path: '/granskning',
    alias: '/audit',
    name: 'audit',
    component: () => import('./audit/AuditView.vue'),
    meta: { titleKey: 'audit.title' },
  },
];
