import { useIndicatorsStore } from '@goaltrail/admin-data-access';
import type { IndicatorDirection, IndicatorUnit } from '@goaltrail/indicators-domain';
import { reactive, ref, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { numberOf } from '../shared/number-field';
import { useFieldProblem } from '../shared/use-field-problem';

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** Defining an indicator (admins): the form, its refused fields, and the way to the new indicator. */
export function useDefineIndicatorForm(formElement: Ref<HTMLElement | null>) {
  const store = useIndicatorsStore();
  const router = useRouter();
  const form = reactive({
    indicatorId: '',
    name: '',
    description: '',
    unit: 'percent' as IndicatorUnit,
    direction: 'increase' as IndicatorDirection,
    measurementMethod: '',
    dataSource: '',
    koladaKpiId: '',
    tolerance: '0' as string | number,
  });
  const saving = ref(false);
  const problemState = useFieldProblem(formElement);

  async function submit(): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    const result = await store.define({
      indicatorId: optional(form.indicatorId),
      name: form.name,
      description: optional(form.description) ?? null,
      unit: form.unit,
      direction: form.direction,
      measurementMethod: form.measurementMethod,
      dataSource: form.dataSource,
      koladaKpiId: optional(form.koladaKpiId) ?? null,
      tolerance: numberOf(form.tolerance),
    });
    saving.value = false;
    if (!result.ok) return problemState.show(result.problem);
    await router.push({ name: 'indicator', params: { indicatorId: result.value.indicatorId } });
  }

  return { form, saving, submit, ...problemState };
}
