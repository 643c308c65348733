import type { PlanGoalView, PlanView } from '@goaltrail/goals-domain';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

const shortText = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/**
 * How goals are named in labels and options: "effektmål 1", "nämndmål 1 i En öppen kommun". Numbers
 * restart in every focus area, so a committee goal's name carries its area to stay unique.
 */
export function useGoalNames() {
  const { t } = useI18n();

  function areaTitle(plan: PlanView | null, focusAreaId: string | null): string | null {
    if (!plan || focusAreaId === null) return null;
    const section = plan.sections.find((entry) => entry.type === 'focusArea' && entry.focusAreaId === focusAreaId);
    return section?.type === 'focusArea' ? section.title : null;
  }

  function goalName(goal: PlanGoalView, plan: PlanView | null): string {
    const kind = t(`goalKindOne.${goal.kind}`);
    const area = areaTitle(plan, goal.focusAreaId);
    return area ? t('draft.goalNameIn', { kind, number: goal.number, area }) : t('draft.goalName', { kind, number: goal.number });
  }

  /** An option in a goal picker: its name and the start of its wording. */
  function goalOption(goal: PlanGoalView, plan: PlanView | null): string {
    return `${goalName(goal, plan)}: ${shortText(goal.text)}`;
  }

  return { goalName, goalOption, areaTitle };
}

/** A plan's goals grouped by section, for option groups. */
export function useGoalGroups(plan: () => PlanView | null) {
  const { t } = useI18n();
  return computed(() =>
    (plan()?.sections ?? []).map((section) => ({
      id: section.id,
      label: section.type === 'focusArea' ? section.title : t(`goalKind.${section.goalKind}`),
      goals: section.goals,
    })),
  );
}
