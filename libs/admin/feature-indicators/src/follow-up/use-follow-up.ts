import { useFollowUpStore, usePlansStore, type FollowUpKey } from '@goaltrail/admin-data-access';
import { computed, watch } from 'vue';
import { useRoute, useRouter, type RouteParams } from 'vue-router';

/** The follow-up the address names (`/uppfoljning/:committeeId/:year`), or null while a part is missing. */
export function parseFollowUpParams(params: RouteParams): FollowUpKey | null {
  const committeeId = typeof params['committeeId'] === 'string' ? params['committeeId'] : '';
  const year = typeof params['year'] === 'string' && /^\d{4}$/.test(params['year']) ? Number(params['year']) : null;
  return committeeId && year !== null ? { committeeId, year } : null;
}

/**
 * The follow-up lives in the address, so it can be bookmarked and linked from an indicator: choosing
 * pushes a new address, and the address drives what is loaded.
 */
export function useFollowUp() {
  const route = useRoute();
  const router = useRouter();
  const store = useFollowUpStore();
  const plans = usePlansStore();
  const key = computed(() => parseFollowUpParams(route.params));

  function load(): void {
    if (plans.committees.length === 0) void plans.loadCommittees();
    if (key.value) void store.load(key.value);
  }
  watch(key, load, { immediate: true });

  function choose(next: FollowUpKey): void {
    void router.push({ name: 'follow-up', params: { committeeId: next.committeeId, year: String(next.year) } });
  }

  const shown = computed(() => {
    const answer = store.followUp;
    return answer && key.value && answer.committeeId === key.value.committeeId && answer.year === key.value.year ? answer : null;
  });
  const committeeName = computed(() => (key.value ? (plans.committee(key.value.committeeId)?.name ?? key.value.committeeId) : ''));

  return { key, store, shown, committeeName, choose, reload: load };
}
