import { useGoalHistoryStore, type RewordGoalRequest } from '@goaltrail/admin-data-access';
import type { PlanGoal } from '@goaltrail/goals-domain';
import { reactive } from 'vue';

/**
 * The rewording form. The goal's wording revision goes along as `expectedRevision`, so if someone
 * else reworded it meanwhile the API answers 409 instead of silently overwriting their words.
 * Decision fields are sent only when filled: with them the change is an amendment of an adopted plan.
 */
export function useRewordForm(goal: () => PlanGoal, onSaved: () => void) {
  const store = useGoalHistoryStore();
  const form = reactive({ text: goal().text, reason: '', decisionRef: '', decidedOn: '' });

  async function submit(): Promise<void> {
    if (store.saving) return;
    const current = goal();
    const decision = form.decisionRef.trim() || form.decidedOn ? { decisionRef: form.decisionRef, decidedOn: form.decidedOn } : {};
    const change: RewordGoalRequest = { text: form.text, reason: form.reason, expectedRevision: current.revision, ...decision };
    if (await store.reword(current.goalId, change)) onSaved();
  }

  return { form, submit, store };
}
