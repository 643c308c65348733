import { useCompareStore, usePlansStore, type CompareKey } from '@goaltrail/admin-data-access';
import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { createGoalNamer } from '../goal-names';
import { compareColumns } from '../diff/compare-columns';

const yearPattern = /^\d{4}$/;

/** The comparison the address names (`?committee=&from=&to=`), or null while any part is missing. */
export function parseCompareQuery(query: LocationQuery): CompareKey | null {
  const committeeId = typeof query['committee'] === 'string' ? query['committee'].trim() : '';
  const from = typeof query['from'] === 'string' && yearPattern.test(query['from']) ? Number(query['from']) : null;
  const to = typeof query['to'] === 'string' && yearPattern.test(query['to']) ? Number(query['to']) : null;
  if (!committeeId || from === null || to === null) return null;
  return { committeeId, from, to };
}

/**
 * The comparison lives in the address, so it can be bookmarked and shared and the back button works:
 * choosing pushes a new address, and the address drives what is loaded.
 */
export function useCompare() {
  const route = useRoute();
  const router = useRouter();
  const { t } = useI18n();
  const store = useCompareStore();
  const plans = usePlansStore();
  const key = computed(() => parseCompareQuery(route.query));

  function load(): void {
    if (plans.committees.length === 0) void plans.loadCommittees();
    if (key.value && key.value.from < key.value.to) void store.load(key.value);
  }
  watch(key, load, { immediate: true });

  /** Shows another comparison (a new history entry). */
  function choose(next: CompareKey): void {
    void router.push({ name: 'compare', query: { committee: next.committeeId, from: String(next.from), to: String(next.to) } });
  }

  // Only the comparison the address asks for is shown: a stale one never sits under the new heading.
  const shown = computed(() => {
    const comparison = store.comparison;
    const wanted = key.value;
    if (!comparison || !wanted) return null;
    const same = comparison.key.committeeId === wanted.committeeId && comparison.key.from === wanted.from && comparison.key.to === wanted.to;
    return same ? comparison : null;
  });
  const columns = computed(() => (shown.value ? compareColumns(shown.value.fromPlan, shown.value.toPlan, shown.value.diff) : null));
  const goalName = computed(() => createGoalNamer(t, shown.value ? [shown.value.fromPlan, shown.value.toPlan] : []));
  const committeeName = computed(() => (key.value ? (plans.committee(key.value.committeeId)?.name ?? key.value.committeeId) : ''));

  return { key, store, shown, columns, goalName, committeeName, choose, reload: load };
}
