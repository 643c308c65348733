import { useIndicatorStore } from '@goaltrail/admin-data-access';
import type { IndicatorUnit } from '@goaltrail/indicators-domain';
import { reactive, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { numberOf } from '../shared/number-field';
import { useFieldProblem } from '../shared/use-field-problem';

/** Recording or correcting a period's outcome (planners, admins); a correction carries its reason. */
export function useRecordMeasurementForm(unit: () => IndicatorUnit, formElement: Ref<HTMLElement | null>) {
  const store = useIndicatorStore();
  const { t } = useI18n();
  const form = reactive({ period: '', value: '' as string | number, source: '', reason: '' });
  const saving = ref(false);
  const status = ref('');
  const problemState = useFieldProblem(formElement);

  async function submit(): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    status.value = '';
    const period = form.period.trim();
    const result = await store.recordMeasurement({
      unit: unit(),
      period,
      // A text indicator's outcome is its words; every other unit's is a number.
      value: unit() === 'text' ? String(form.value) : numberOf(form.value),
      source: form.source,
      reason: form.reason.trim() === '' ? null : form.reason,
    });
    saving.value = false;
    if (!result.ok) return problemState.show(result.problem);
    await problemState.show(null);
    status.value = result.value.changed ? t('indicators.measurement.saved', { period }) : t('indicators.unchanged');
    form.value = '';
    form.reason = '';
  }

  return { form, saving, status, submit, ...problemState };
}
