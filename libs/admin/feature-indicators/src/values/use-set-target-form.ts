import { useIndicatorStore } from '@goaltrail/admin-data-access';
import { isBaselineComparator, type IndicatorUnit, type TargetComparator } from '@goaltrail/indicators-domain';
import { computed, reactive, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { numberOf } from '../shared/number-field';
import { useFieldProblem } from '../shared/use-field-problem';

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
  const saving = ref(false);
  /** What the last write did, for the polite status line. */
  const status = ref('');
  const problemState = useFieldProblem(formElement);

  async function submit(): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    status.value = '';
    const year = numberOf(form.year);
    const result = await store.setTarget({
      unit: unit(),
      year,
      comparator: form.comparator,
      value: numberOf(form.value),
      baseline: withBaseline.value ? { period: form.baselinePeriod.trim(), value: numberOf(form.baselineValue) } : null,
      reason: form.reason.trim() === '' ? null : form.reason,
    });
    saving.value = false;
    if (!result.ok) return problemState.show(result.problem);
    await problemState.show(null);
    status.value = result.value.changed ? t('indicators.target.saved', { year }) : t('indicators.unchanged');
    form.reason = '';
  }

  return { form, withBaseline, saving, status, submit, ...problemState };
}
