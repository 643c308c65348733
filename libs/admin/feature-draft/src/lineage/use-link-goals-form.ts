import { useDraftStore } from '@goaltrail/admin-data-access';
import { lineageRelations, type LineageRelation, type PlanView } from '@goaltrail/goals-domain';
import { computed, reactive, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useEditorContext } from '../shared/editor-context';
import { useDraftFormProblem } from '../shared/use-draft-form-problem';

const ruleFields = {
  'lineage-links-give-a-rationale': 'rationale',
  'only-retired-links-lack-a-successor': 'toGoalId',
  'retired-goal-is-not-in-the-later-plan': 'fromGoalId',
  'goal-pair-is-linked-once': 'toGoalId',
};

/**
 * Links a goal of the previous year to a goal of the draft (or records it as retired), with the
 * planner's rationale. Carried goals keep their identity, so links are for what changed shape:
 * a new goal that replaces, merges or splits earlier ones.
 */
export function useLinkGoalsForm(plan: () => PlanView, previous: () => PlanView | null, formElement: Ref<HTMLElement | null>) {
  const store = useDraftStore();
  const { t } = useI18n();
  const editor = useEditorContext();
  const form = reactive({ fromGoalId: '', relation: 'replaced' as LineageRelation, toGoalId: '', rationale: '' });
  const retiredLink = computed(() => form.relation === 'retired');
  const saving = ref(false);
  const problemState = useDraftFormProblem(ruleFields, formElement);

  async function submit(): Promise<void> {
    const from = previous();
    if (saving.value || !from) return;
    saving.value = true;
    const result = await store.link({
      fromGoalId: form.fromGoalId,
      toGoalId: retiredLink.value ? null : form.toGoalId,
      relation: form.relation,
      rationale: form.rationale,
      fromYear: from.year,
      toYear: plan().year,
    });
    saving.value = false;
    if (!result.ok) return problemState.show(result.problem);
    await problemState.show(null);
    editor.announce(t('draft.link.saved', { relation: t(`relation.${form.relation}`) }));
    form.rationale = '';
  }

  return { form, relations: lineageRelations, retiredLink, saving, submit, ...problemState };
}
