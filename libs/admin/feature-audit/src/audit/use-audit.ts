import { useAuditStore } from '@goaltrail/admin-data-access';
import { computed, nextTick, onMounted, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { csvFileName, eventsToCsv } from '../export/events-csv';
import { downloadTextFile } from '../export/download-file';
import { distinctValues, filterEvents, filtersFromQuery, filtersToQuery, type EventFilters } from '../filters/event-filters';

/**
 * The audit view's state. Filters live in the address (a filtered log can be bookmarked and shared);
 * the stream prefix is read from the server, the other filters narrow the pages already loaded.
 */
export function useAudit() {
  const route = useRoute();
  const router = useRouter();
  const store = useAuditStore();
  const filters = computed(() => filtersFromQuery(route.query));
  const exported = ref<{ file: string; count: number } | null>(null);

  watch(
    () => filters.value.stream,
    (stream) => void store.load(stream || null),
    { immediate: true },
  );
  onMounted(() => void store.verify());

  const shown = computed(() => filterEvents(store.events, filters.value));
  const types = computed(() => distinctValues(store.events, (event) => event.type));
  const actors = computed(() => distinctValues(store.events, (event) => event.metadata.actor));

  function apply(next: EventFilters): void {
    exported.value = null;
    void router.replace({ name: 'audit', query: filtersToQuery(next) });
  }

  /** Loads the next page; when none is left the button goes, so focus moves to the count it changed. */
  async function loadMore(focusAfter: () => HTMLElement | null): Promise<void> {
    await store.loadMore();
    if (store.hasMore) return;
    await nextTick();
    focusAfter()?.focus();
  }

  /** Downloads the rows on screen (filtered) as a CSV file. */
  function exportCsv(): void {
    const file = csvFileName(new Date());
    downloadTextFile(eventsToCsv(shown.value), file, 'text/csv;charset=utf-8');
    exported.value = { file, count: shown.value.length };
  }

  return { store, filters, shown, types, actors, exported, apply, loadMore, exportCsv, reload: () => store.load(filters.value.stream || null) };
}
