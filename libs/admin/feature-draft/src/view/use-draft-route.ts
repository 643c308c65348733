import { useDraftStore, usePlansStore } from '@goaltrail/admin-data-access';
import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** The committee and year in the address, the draft store loaded for them, and the view's breadcrumbs. */
export function useDraftRoute() {
  const route = useRoute();
  const { t } = useI18n();
  const store = useDraftStore();
  const plans = usePlansStore();
  const committeeId = computed(() => String(route.params['committeeId'] ?? ''));
  const year = computed(() => Number(route.params['year']));
  const committeeName = computed(() => plans.committee(committeeId.value)?.name ?? committeeId.value);
  const crumbs = computed(() => [
    { label: t('draft.plans'), to: { name: 'committees' } },
    { label: committeeName.value, to: { name: 'committee-plans', params: { committeeId: committeeId.value } } },
    { label: t('draft.crumb', { year: year.value }) },
  ]);

  function reload(): void {
    void store.load(committeeId.value, year.value);
  }

  watch(
    [committeeId, year],
    () => {
      // The committee's name only labels the page: no need to ask again when the list is there.
      if (!plans.committee(committeeId.value)) void plans.loadCommittees();
      reload();
    },
    { immediate: true },
  );

  return { store, committeeId, year, committeeName, crumbs, reload };
}
