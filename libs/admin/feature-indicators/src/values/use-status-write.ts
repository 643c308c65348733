import type { IndicatorWriteAnswer, WriteResult } from '@goaltrail/admin-data-access';
import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFieldProblem } from '../shared/use-field-problem';

/**
 * A write from a form that stays open after it (a target, an outcome): one write at a time, its refusal
 * beside the fields, and what it did in the polite status line — or that it changed nothing.
 */
export function useStatusWrite(formElement: Ref<HTMLElement | null>) {
  const { t } = useI18n();
  const saving = ref(false);
  /** What the last write did, for the polite status line. */
  const status = ref('');
  const problemState = useFieldProblem(formElement);

  /** Sends the write unless one is under way; true when it was recorded, so the form can clear what it should. */
  async function run(write: () => Promise<WriteResult<IndicatorWriteAnswer>>, savedStatus: () => string): Promise<boolean> {
    if (saving.value) return false;
    saving.value = true;
    status.value = '';
    const result = await write();
    saving.value = false;
    if (!result.ok) {
      await problemState.show(result.problem);
      return false;
    }
    await problemState.show(null);
    status.value = result.value.changed ? savedStatus() : t('indicators.unchanged');
    return true;
  }

  return { saving, status, run, ...problemState };
}
