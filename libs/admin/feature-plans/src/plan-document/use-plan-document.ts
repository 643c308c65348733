import { usePlansStore } from '@goaltrail/admin-data-access';
import { goalsOf } from '@goaltrail/goals-domain';
import { computed, watch } from 'vue';
import { usePlanIndicators } from './use-plan-indicators';
import { usePlanRoute } from './use-plan-route';

/**
 * Loads the plan the address names (its committee's years for navigation, and the indicators that follow
 * its goals up) and follows address changes.
 */
export function usePlanDocument() {
  const store = usePlansStore();
  const planRoute = usePlanRoute();
  const { committeeId, year, asOf, asOfInvalid } = planRoute;

  function load(): void {
    if (asOfInvalid.value) return;
    void store.loadPlan({ committeeId: committeeId.value, year: year.value, asOf: asOf.value });
  }

  watch([committeeId, year, asOf, asOfInvalid], load, { immediate: true });
  watch(
    committeeId,
    (id) => {
      if (!store.committee(id)) void store.loadCommittees();
      void store.loadPlans(id);
    },
    { immediate: true },
  );

  const committeeName = computed(() => store.committee(committeeId.value)?.name ?? committeeId.value);
  const years = computed(() => store.plansOf(committeeId.value) ?? []);
  const goalCount = computed(() => (store.plan ? goalsOf(store.plan).length : 0));
  /** A 404 while travelling in time means the plan had not been recorded yet: a finding, not an error. */
  const notYetRecorded = computed(() => asOf.value !== null && store.planProblem?.status === 404);

  const indicators = usePlanIndicators(planRoute);

  return { ...planRoute, store, indicators, committeeName, years, goalCount, notYetRecorded, reload: load };
}
