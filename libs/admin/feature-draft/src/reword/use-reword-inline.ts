import { useDraftStore, type TheirVersion } from '@goaltrail/admin-data-access';
import type { PlanGoalView } from '@goaltrail/goals-domain';
import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useEditorContext } from '../shared/editor-context';
import { useDraftFormProblem } from '../shared/use-draft-form-problem';

const ruleFields = {
  'rewording-changes-the-wording': 'text',
  'goal-wording-is-not-empty': 'text',
  'changes-give-a-reason': 'reason',
};

/**
 * Rewording one goal in place. The revision the editor saw when the form opened goes along as
 * `expectedRevision`: if someone saved first the API answers 409, and the form shows their words and
 * who wrote them, then lets the planner apply their own change on top of it or discard it.
 */
export function useRewordInline(goal: () => PlanGoalView, close: () => void, form: Ref<HTMLElement | null>) {
  const store = useDraftStore();
  const { t } = useI18n();
  const editor = useEditorContext();
  const text = ref(goal().text);
  const reason = ref('');
  const seenRevision = ref(goal().revision);
  /** Set after a 409: the other person's version (null if their version could not be read). */
  const conflict = ref<{ theirs: TheirVersion | null } | null>(null);
  const saving = ref(false);
  const problemState = useDraftFormProblem(ruleFields, form);

  async function save(): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    const outcome = await store.reword(goal().goalId, { text: text.value, reason: reason.value, expectedRevision: seenRevision.value });
    saving.value = false;
    conflict.value = null;
    if (outcome.kind === 'saved') {
      editor.announce(t('draft.reword.saved'));
      close();
    } else if (outcome.kind === 'conflict') {
      await problemState.show(null);
      conflict.value = { theirs: outcome.theirs };
    } else {
      await problemState.show(outcome.problem);
    }
  }

  /** Saves the planner's words over the version that won, now knowingly: its revision becomes the one seen. */
  async function applyOnTop(): Promise<void> {
    // The store re-read the plan on the conflict, so the goal carries the current revision either way.
    seenRevision.value = conflict.value?.theirs?.revision ?? goal().revision;
    await save();
  }

  function discard(): void {
    conflict.value = null;
    editor.announce(t('draft.conflict.discarded'));
    close();
  }

  return { text, reason, conflict, saving, save, applyOnTop, discard, ...problemState };
}
