import { useIndicatorStore, type ChangeIndicatorRequest, type IndicatorDetails } from '@goaltrail/admin-data-access';
import type { IndicatorDirection, IndicatorUnit } from '@goaltrail/indicators-domain';
import { reactive, ref, type Ref } from 'vue';
import { numberOf } from '../shared/number-field';
import { useFieldProblem } from '../shared/use-field-problem';

type Form = ReturnType<typeof formOf>;

function formOf(indicator: IndicatorDetails) {
  return {
    name: indicator.name,
    description: indicator.description ?? '',
    unit: indicator.unit as IndicatorUnit,
    direction: indicator.direction as IndicatorDirection,
    measurementMethod: indicator.measurementMethod,
    dataSource: indicator.dataSource,
    koladaKpiId: indicator.koladaKpiId ?? '',
    tolerance: String(indicator.tolerance) as string | number,
    reason: '',
  };
}

/** Only what differs from the indicator, so an unchanged field never makes a new definition version. */
export function changedFields(indicator: IndicatorDetails, form: Form): ChangeIndicatorRequest {
  const body: ChangeIndicatorRequest = {};
  const emptyAsNull = (text: string) => (text.trim() === '' ? null : text.trim());
  if (form.name.trim() !== indicator.name) body.name = form.name;
  if (numberOf(form.tolerance) !== indicator.tolerance) body.tolerance = numberOf(form.tolerance);
  if (emptyAsNull(form.description) !== indicator.description) body.description = emptyAsNull(form.description);
  if (form.unit !== indicator.unit) body.unit = form.unit;
  if (form.direction !== indicator.direction) body.direction = form.direction;
  if (form.measurementMethod.trim() !== indicator.measurementMethod) body.measurementMethod = form.measurementMethod;
  if (form.dataSource.trim() !== indicator.dataSource) body.dataSource = form.dataSource;
  if (emptyAsNull(form.koladaKpiId) !== indicator.koladaKpiId) body.koladaKpiId = emptyAsNull(form.koladaKpiId);
  if (Object.keys(body).length > 0 && form.reason.trim() !== '') body.reason = form.reason;
  return body;
}

/** Changing an indicator (admins): a new definition version when a definition field changes, with its reason. */
export function useEditDefinitionForm(indicator: () => IndicatorDetails, formElement: Ref<HTMLElement | null>, done: () => void) {
  const store = useIndicatorStore();
  const form = reactive(formOf(indicator()));
  const saving = ref(false);
  const nothingChanged = ref(false);
  const problemState = useFieldProblem(formElement);

  async function submit(): Promise<void> {
    if (saving.value) return;
    const body = changedFields(indicator(), form);
    nothingChanged.value = Object.keys(body).length === 0;
    if (nothingChanged.value) return;
    saving.value = true;
    const result = await store.change(body);
    saving.value = false;
    if (!result.ok) return problemState.show(result.problem);
    done();
  }

  return { form, saving, nothingChanged, submit, ...problemState };
}
