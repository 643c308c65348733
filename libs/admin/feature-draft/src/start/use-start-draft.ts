import { useDraftStore } from '@goaltrail/admin-data-access';
import { ref } from 'vue';
import { useDraftFormProblem } from '../shared/use-draft-form-problem';

/** The choice of the year to carry forward (or none: an empty draft), and starting the draft. */
export function useStartDraft() {
  const store = useDraftStore();
  const latest = store.earlierYears.at(-1)?.year ?? null;
  // Radio values are strings; 'empty' stands for starting without carrying a year forward.
  const from = ref<string>(latest === null ? 'empty' : String(latest));
  const saving = ref(false);
  const { problem, show } = useDraftFormProblem();

  async function submit(): Promise<void> {
    if (saving.value) return;
    saving.value = true;
    const result = await store.start(from.value === 'empty' ? null : Number(from.value));
    saving.value = false;
    await show(result.ok ? null : result.problem);
  }

  return { store, from, saving, problem, submit };
}
