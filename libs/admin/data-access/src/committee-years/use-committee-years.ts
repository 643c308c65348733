import { computed, watch, type Ref } from 'vue';
import { usePlansStore } from '../plans.store';

/**
 * The committee a picker has chosen and the years it has plans for. With one committee there is nothing to
 * choose, so it is chosen; a committee's plans are loaded when it is chosen, once.
 */
export function useCommitteeYears(committeeId: Ref<string>) {
  const plans = usePlansStore();
  /** The chosen committee's plan years, earliest first; empty until they are loaded. */
  const years = computed(() => (plans.plansOf(committeeId.value) ?? []).map((plan) => plan.year).sort((a, b) => a - b));
  const yearsLoaded = computed(() => plans.plansOf(committeeId.value) !== undefined);

  watch(
    () => plans.committees,
    (committees) => {
      if (!committeeId.value && committees.length === 1 && committees[0]) committeeId.value = committees[0].committeeId;
    },
    { immediate: true },
  );
  watch(
    committeeId,
    (id) => {
      if (id && !plans.plansOf(id)) void plans.loadPlans(id);
    },
    { immediate: true },
  );

  return { committees: computed(() => plans.committees), years, yearsLoaded };
}
