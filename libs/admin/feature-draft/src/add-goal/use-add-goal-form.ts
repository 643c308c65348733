import { useDraftStore } from '@goaltrail/admin-data-access';
import type { GoalKind, PlanView } from '@goaltrail/goals-domain';
import { computed, reactive, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useEditorContext } from '../shared/editor-context';
import { useDraftFormProblem } from '../shared/use-draft-form-problem';

const ruleFields = {
  'goal-numbers-are-unique-in-a-section': 'number',
  'goal-numbers-are-positive-integers': 'number',
  'committee-goals-sit-under-a-focus-area': 'focusAreaId',
  'focus-area-exists': 'focusAreaId',
  'goal-wording-is-not-empty': 'text',
};

/** The next free number where a goal of this kind and area would sit (numbers restart per section). */
function nextNumber(plan: PlanView, kind: GoalKind, focusAreaId: string): number {
  const section = plan.sections.find((entry) =>
    focusAreaId ? entry.type === 'focusArea' && entry.focusAreaId === focusAreaId : entry.type === 'goalKind' && entry.goalKind === kind,
  );
  return Math.max(0, ...(section?.goals ?? []).map((goal) => goal.number)) + 1;
}

/** Adding a goal to the draft: kind, place (focus area), number, wording and measurement method. */
export function useAddGoalForm(plan: () => PlanView, formElement: Ref<HTMLElement | null>) {
  const store = useDraftStore();
  const { t } = useI18n();
  const editor = useEditorContext();
  const focusAreas = computed(() => plan().sections.flatMap((section) => (section.type === 'focusArea' ? [section] : [])));
  // A plan in focus areas (the 2020 shape) gets committee goals; a plan in kinds (2005) directional ones.
  const form = reactive({
    kind: (focusAreas.value.length > 0 ? 'committee' : 'directional') as GoalKind,
    focusAreaId: focusAreas.value[0]?.focusAreaId ?? '',
    // v-model casts a number input's value to a number, but an emptied field gives ''.
    number: '' as string | number,
    text: '',
    measurementMethod: '',
  });
  const suggested = computed(() => nextNumber(plan(), form.kind, form.focusAreaId));
  // The number follows the chosen place, and moves on as goals are added there.
  watch(suggested, (number) => (form.number = String(number)), { immediate: true });
  const saving = ref(false);
  const problemState = useDraftFormProblem(ruleFields, formElement);

  async function submit(): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    // Read before the write: the plan read after it moves the suggested number on.
    const { kind, number } = form;
    const result = await store.addGoal({
      kind,
      number: String(number).trim() === '' ? Number.NaN : Number(number),
      text: form.text,
      measurementMethod: form.measurementMethod.trim() === '' ? null : form.measurementMethod,
      focusAreaId: form.focusAreaId === '' ? null : form.focusAreaId,
    });
    saving.value = false;
    if (!result.ok) return problemState.show(result.problem);
    await problemState.show(null);
    editor.announce(t('draft.addGoal.saved', { kind: t(`goalKindOne.${kind}`), number }));
    form.text = '';
    form.measurementMethod = '';
    form.number = String(suggested.value);
  }

  return { form, focusAreas, saving, submit, ...problemState };
}
