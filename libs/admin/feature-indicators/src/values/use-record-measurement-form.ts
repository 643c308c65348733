import { useIndicatorStore } from '@goaltrail/admin-data-access';
import type { IndicatorUnit } from '@goaltrail/indicators-domain';
import { reactive, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { numberOf } from '../shared/number-field';
import { useStatusWrite } from './use-status-write';

/** Recording or correcting a period's outcome (planners, admins); a correction carries its reason. */
export function useRecordMeasurementForm(unit: () => IndicatorUnit, formElement: Ref<HTMLElement | null>) {
  const store = useIndicatorStore();
  const { t } = useI18n();
  const form = reactive({ period: '', value: '' as string | number, source: '', reason: '' });
  const { run, ...writeState } = useStatusWrite(formElement);

  async function submit(): Promise<void> {
    const period = form.period.trim();
    const recorded = await run(
      () =>
        store.recordMeasurement({
          unit: unit(),
          period,
          // A text indicator's outcome is its words; every other unit's is a number.
          value: unit() === 'text' ? String(form.value) : numberOf(form.value),
          source: form.source,
          reason: form.reason.trim() === '' ? null : form.reason,
        }),
      () => t('indicators.measurement.saved', { period }),
    );
    if (!recorded) return;
    form.value = '';
    form.reason = '';
  }

  return { form, submit, ...writeState };
}
