import { useGoalHistoryStore, usePlansStore } from '@goaltrail/admin-data-access';
import { computed, watch } from 'vue';
import { useRoute } from 'vue-router';

/** Loads the goal the address names, and derives what the view shows first: the goal as it stands now. */
export function useGoalHistory() {
  const route = useRoute();
  const store = useGoalHistoryStore();
  const plans = usePlansStore();
  const goalId = computed(() => String(route.params['goalId'] ?? ''));

  function load(): void {
    void store.load(goalId.value);
    if (plans.committees.length === 0) void plans.loadCommittees();
  }
  watch(goalId, load, { immediate: true });

  /** The newest entry: the goal's present wording, or its retirement. */
  const latest = computed(() => store.history?.entries.at(-1) ?? null);
  const retired = computed(() => latest.value?.change === 'retired');
  const committeeName = computed(() => {
    const id = latest.value?.committeeId;
    return id ? (plans.committee(id)?.name ?? id) : '';
  });
  // Newest first: the question is usually "what does it say now, and what did it say before".
  const entries = computed(() => [...(store.history?.entries ?? [])].reverse());

  return { goalId, store, latest, retired, committeeName, entries, reload: load };
}
