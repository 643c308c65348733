import { useSessionStore } from '@goaltrail/admin-data-access';
import { watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** When the session ends (sign-out, or the API answering 401) on a protected page, go to sign-in and come back after. */
export function useSessionRedirect(): void {
  const session = useSessionStore();
  const route = useRoute();
  const router = useRouter();
  watch(
    () => session.user,
    (user, before) => {
      if (user || !before || route.meta.public) return;
      void router.replace({ name: 'sign-in', query: { redirect: route.fullPath } });
    },
  );
}
