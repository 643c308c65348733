import type { IndicatorGoal } from '@goaltrail/admin-data-access';
import type { ComposerTranslation } from 'vue-i18n';

/** A linked goal as the plan names it, e.g. "Effektmål 1 (2005)"; its id until its history is read. */
export function goalLabel(t: ComposerTranslation, goalId: string, goal: IndicatorGoal | undefined): string {
  if (!goal) return goalId;
  return t('indicators.goal', { kind: t(`indicators.goalKind.${goal.kind}`), number: goal.number, year: goal.year });
}
