import { useIndicatorStore } from '@goaltrail/admin-data-access';
import { isBaselineComparator, type IndicatorUnit, type TargetComparator } from '@goaltrail/indicators-domain';
import { computed, reactive, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { numberOf } from '../shared/number-field';
import { useStatusWrite } from './use-status-write';

/** Setting or revising a year's target (planners, admins), in the unit of the current definition. */
export function useSetTargetForm(unit: () => IndicatorUnit, firstYear: () => number, formElement: Ref<HTMLElement | null>) {
  const store = useIndicatorStore();
  const { t } = useI18n();
  const form = reactive({
    year: String(firstYear()) as string | number,
    comparator: 'at-least' as TargetComparator,
    value: '' as string | number,
    baselinePeriod: '',
    baselineValue: '' as string | number,
    reason: '',
  });
  const withBaseline = computed(() => isBaselineComparator(form.comparator));
  const { run, ...writeState } = useStatusWrite(formElement);

  async function submit(): Promise<void> {
    const year = numberOf(form.year);
    const recorded = await run(
      () =>
        store.setTarget({
          unit: unit(),
          year,
          comparator: form.comparator,
          value: numberOf(form.value),
          baseline: withBaseline.value ? { period: form.baselinePeriod.trim(), value: numberOf(form.baselineValue) } : null,
          reason: form.reason.trim() === '' ? null : form.reason,
        }),
      () => t('indicators.target.saved', { year }),
    );
    if (recorded) form.reason = '';
  }

  return { form, withBaseline, submit, ...writeState };
}
