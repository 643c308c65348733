import { useIndicatorsStore, useIndicatorStore } from '@goaltrail/admin-data-access';
import { computed, watch } from 'vue';
import { useRoute } from 'vue-router';

/** The indicator the address names, loaded with its series, and the goals it follows up by name. */
export function useIndicatorDetail() {
  const route = useRoute();
  const store = useIndicatorStore();
  const indicators = useIndicatorsStore();
  const indicatorId = computed(() => String(route.params['indicatorId'] ?? ''));

  async function load(): Promise<void> {
    await store.load(indicatorId.value);
    if (store.details) void indicators.loadGoals(store.details.goals.map((goal) => goal.goalId));
  }
  watch(indicatorId, load, { immediate: true });

  // Only the indicator the address asks for is shown: a stale one never sits under the new heading.
  const shown = computed(() => (store.details?.indicatorId === indicatorId.value ? store.details : null));
  const series = computed(() => (store.series?.indicatorId === indicatorId.value ? store.series : null));
  /** The year a new target form starts at: the year after the latest period, or this year. */
  const nextYear = computed(() => {
    const years = series.value?.points.map((point) => point.year) ?? [];
    return years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear();
  });

  return { store, shown, series, goals: computed(() => indicators.goals), nextYear, reload: load };
}
