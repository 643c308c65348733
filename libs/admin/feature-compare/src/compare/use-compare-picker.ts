import { useCommitteeYears, type CompareKey } from '@goaltrail/admin-data-access';
import { computed, ref, watch, type Ref } from 'vue';

/**
 * The choice of committee and years. Years come from the chosen committee's plans; a fresh choice
 * defaults to the earliest and the latest year, the comparison people usually want first.
 */
export function useComparePicker(current: Ref<CompareKey | null>) {
  const committeeId = ref(current.value?.committeeId ?? '');
  const from = ref<number | null>(current.value?.from ?? null);
  const to = ref<number | null>(current.value?.to ?? null);
  const submitted = ref(false);

  const { committees, years, yearsLoaded } = useCommitteeYears(committeeId);
  const orderProblem = computed(() => from.value !== null && to.value !== null && from.value >= to.value);
  const tooFewYears = computed(() => yearsLoaded.value && years.value.length < 2);

  watch(years, (list) => {
    if (from.value === null || !list.includes(from.value)) from.value = list[0] ?? null;
    if (to.value === null || !list.includes(to.value)) to.value = list.at(-1) ?? null;
  });
  // The address changed (back button, a link): the form follows it.
  watch(current, (key) => {
    if (!key) return;
    committeeId.value = key.committeeId;
    from.value = key.from;
    to.value = key.to;
  });

  /** The key to compare, or null (and the problem shown) when the choice is incomplete or backwards. */
  function submit(): CompareKey | null {
    submitted.value = true;
    if (!committeeId.value || from.value === null || to.value === null || orderProblem.value) return null;
    return { committeeId: committeeId.value, from: from.value, to: to.value };
  }

  return { committees, committeeId, from, to, years, orderProblem, tooFewYears, submitted, submit };
}
