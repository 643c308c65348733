import { nextTick, onUnmounted } from 'vue';
import { START_LOCATION, useRouter } from 'vue-router';

/**
 * After moving to another page, focus goes to the main region, as a full page load would put the
 * screen reader at the start. The first page of a visit and query-only changes (the as-of time)
 * leave focus alone, so a keyboard user starts at the skip link and keeps their place in a form.
 */
export function useRouteFocus(mainId: string): void {
  const router = useRouter();
  const remove = router.afterEach(async (to, from, failure) => {
    if (failure || from === START_LOCATION || to.path === from.path) return;
    await nextTick();
    document.getElementById(mainId)?.focus({ preventScroll: true });
  });
  onUnmounted(remove);
}
