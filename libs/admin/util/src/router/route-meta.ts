// Importing the module makes the block below an augmentation of it rather than a new module.
import type {} from 'vue-router';

// Route meta every admin route may carry; declared once so route tables and guards agree on the names.
declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page title (document title and announcements). */
    titleKey?: string;
    /** Reachable without signing in (the sign-in page). */
    public?: boolean;
  }
}

/** Only same-app paths are followed after sign-in, so a crafted link cannot send someone elsewhere. */
export function safeRedirect(value: unknown, fallback = '/'): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  return path;
}
