import type { GoalLabel, StepLine } from '../engine/replay-types';

/** vue-i18n's `t` as far as naming a step needs it. */
export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** "Effektmål 3", "Nämndmål 1 under En öppen kommun", or "ett mål" when the fold could not tell which. */
export function goalName(t: Translate, goal: GoalLabel | null): string {
  if (!goal) return t('replay.describe.aGoal');
  const name = t(`replay.describe.goal.${goal.kind}`, { number: goal.number });
  return goal.area ? t('replay.describe.inArea', { goal: name, area: goal.area }) : name;
}

/**
 * One sentence for a step, e.g. "Effektmål 3 omformulerat i Socialnämnden 2005": what the live
 * region announces and the tables list. `committeeName` turns an id into the name the tree shows.
 */
export function describeStep(t: Translate, line: StepLine, committeeName: (committeeId: string) => string): string {
  const committee = line.committeeId ? committeeName(line.committeeId) : '';
  const plan = t('replay.describe.plan', { committee, year: line.year ?? '' });
  const goal = goalName(t, line.goal);
  switch (line.change) {
    case 'committee-registered':
      return t('replay.describe.committeeRegistered', { name: line.title ?? committee });
    case 'plan-drafted':
      return line.carriedFrom === null
        ? t('replay.describe.planDrafted', { plan })
        : t('replay.describe.planDraftedFrom', { plan, from: line.carriedFrom });
    case 'focus-area-added':
      return t('replay.describe.focusAreaAdded', { title: line.title ?? '', plan });
    case 'focus-area-revised':
      return t('replay.describe.focusAreaRevised', { title: line.title ?? '', plan });
    case 'focus-area-removed':
      return t('replay.describe.focusAreaRemoved', { title: line.title ?? '', plan });
    case 'goal-added':
      return t('replay.describe.goalAdded', { goal, plan });
    case 'goal-carried-forward':
      return t('replay.describe.goalCarriedForward', { goal, plan, from: line.carriedFrom ?? '' });
    case 'goal-reworded':
      return t('replay.describe.goalReworded', { goal, plan });
    case 'goal-moved':
      return t('replay.describe.goalMoved', { goal, plan });
    case 'goal-retired':
      return t('replay.describe.goalRetired', { goal, plan });
    case 'plan-adopted':
      return t('replay.describe.planAdopted', { plan, ref: line.decisionRef ?? '' });
    case 'plan-amended':
      return t('replay.describe.planAmended', { plan, ref: line.decisionRef ?? '' });
    case 'goals-linked':
    case 'goals-unlinked':
      return describeLink(t, line);
    case 'other':
      return t('replay.describe.other', { type: line.type, stream: line.streamId });
  }
}

function describeLink(t: Translate, line: StepLine): string {
  const names = {
    from: goalName(t, line.fromGoal),
    fromYear: line.fromYear ?? '',
    to: goalName(t, line.goal),
    toYear: line.year ?? '',
    relation: line.relation ? t(`relation.${line.relation}`).toLowerCase() : '',
  };
  if (line.change === 'goals-unlinked') return t('replay.describe.goalsUnlinked', names);
  return line.relation === 'retired' ? t('replay.describe.goalsLinkedRetired', names) : t('replay.describe.goalsLinked', names);
}
