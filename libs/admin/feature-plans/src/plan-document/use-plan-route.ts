import { isIsoDateTime } from '@goaltrail/admin-util';
import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

function single(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

/**
 * The plan the address names: committee and year in the path, the recorded instant in `?asOf=`.
 * The address is the state, so every view of a plan at a time can be bookmarked and shared.
 */
export function usePlanRoute() {
  const route = useRoute();
  const router = useRouter();
  const committeeId = computed(() => single(route.params['committeeId']) ?? '');
  const year = computed(() => Number(single(route.params['year'])));
  const rawAsOf = computed(() => single(route.query['asOf']));
  const asOf = computed(() => (isIsoDateTime(rawAsOf.value) ? rawAsOf.value : null));
  const asOfInvalid = computed(() => rawAsOf.value !== null && asOf.value === null);
  /** The query to carry along when moving to another year, so the time travel continues. */
  const asOfQuery = computed((): LocationQuery => (asOf.value ? { asOf: asOf.value } : {}));

  /** Shows the plan as recorded at `iso`, or (null) as it stands now; a new history entry, so Back undoes it. */
  function showAsOf(iso: string | null): Promise<unknown> {
    const { asOf: _previous, ...rest } = route.query;
    return router.push({ query: iso ? { ...rest, asOf: iso } : rest });
  }

  return { committeeId, year, asOf, asOfInvalid, asOfQuery, showAsOf };
}
