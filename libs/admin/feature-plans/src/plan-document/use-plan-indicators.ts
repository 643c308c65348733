import { useFollowUpStore, useIndicatorsStore } from '@goaltrail/admin-data-access';
import type { IndicatorUnit, IndicatorYearStatus } from '@goaltrail/indicators-domain';
import { computed, watch, type Ref } from 'vue';

/** An indicator under a goal of the plan: the year's target, outcome and colour, and the unit to write them in. */
export type PlanIndicator = IndicatorYearStatus & {
  /** null for an indicator the list did not have yet (defined after it was read): numbers go without a unit. */
  readonly unit: IndicatorUnit | null;
};

const none: readonly PlanIndicator[] = [];

/**
 * The indicators that follow up each goal of the plan, from the committee's follow-up for the year
 * (targets and colours) and the indicator list (units: the follow-up answer carries none).
 *
 * Neither has an as-of: both answer how things stand now. Beside a plan as recorded in the past they
 * would pass today's indicators and targets off as that time's, so under `asOf` they are not loaded
 * and the document says so. A failure here never fails the plan: the goals are shown without them.
 */
export function usePlanIndicators(place: { committeeId: Ref<string>; year: Ref<number>; asOf: Ref<string | null> }) {
  const followUp = useFollowUpStore();
  const catalogue = useIndicatorsStore();
  const present = computed(() => place.asOf.value === null);

  function load(): void {
    if (!present.value || !place.committeeId.value || !Number.isInteger(place.year.value)) return;
    void followUp.load({ committeeId: place.committeeId.value, year: place.year.value });
    if (!catalogue.loaded) void catalogue.load();
  }
  watch([place.committeeId, place.year, present], load, { immediate: true });

  const answer = computed(() => {
    const shown = followUp.followUp;
    return shown && shown.committeeId === place.committeeId.value && shown.year === place.year.value ? shown : null;
  });
  const byGoal = computed((): ReadonlyMap<string, readonly PlanIndicator[]> => {
    if (!present.value || !answer.value || !catalogue.loaded) return new Map();
    const units = new Map(catalogue.indicators.map((indicator) => [indicator.indicatorId, indicator.unit]));
    return new Map(answer.value.goals.map((goal) => [goal.goalId, goal.indicators.map((status) => ({ ...status, unit: units.get(status.indicatorId) ?? null }))]));
  });
  /** True once a request has failed and nothing can be shown; a quiet note, not an error. */
  const unavailable = computed(
    () => present.value && ((followUp.problem !== null && !followUp.loading && !answer.value) || (catalogue.problem !== null && !catalogue.loaded)),
  );

  return { present, unavailable, of: (goalId: string) => byGoal.value.get(goalId) ?? none, reload: load };
}
