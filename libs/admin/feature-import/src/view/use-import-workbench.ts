import { useImportStore, type ImportRequest } from '@goaltrail/admin-data-access';
import { computed, reactive, ref } from 'vue';

/** What the page asks of the source form: put the keyboard on a line of the text, or on a refused field. */
export interface SourceFormHandle {
  showLine(line: number): void;
  focusRefused(): Promise<void>;
  focusText(): void;
}

/**
 * The import page's state: the document and its target as typed, the preview the server read from
 * them, and whether that preview still matches what is on screen. A commit sends exactly the request
 * that was previewed, so what the planner checked is what gets written.
 */
export function useImportWorkbench() {
  const store = useImportStore();
  // A store outlives the page: a visit starts from a clean slate, not from a preview of last time.
  store.reset();
  const form = reactive({ text: '', fileName: '', committeeId: '', year: '' as string | number });
  const source = ref<SourceFormHandle | null>(null);
  /** Counts answers, so each new preview or outcome is a fresh panel that takes focus. */
  const answers = ref(0);

  const request = computed<ImportRequest>(() => {
    const fileName = form.fileName.trim();
    const committeeId = form.committeeId.trim();
    const year = String(form.year).trim();
    return { text: form.text, ...(fileName ? { fileName } : {}), ...(committeeId ? { committeeId } : {}), ...(year ? { year: Number(year) } : {}) };
  });
  const previewed = computed(() => (store.answer?.dryRun ? store.answer : null));
  const committed = computed(() => (store.answer && !store.answer.dryRun ? store.answer : null));
  /** The text or target changed since the preview: it must be read again before it can be committed. */
  const stale = computed(() => {
    const asked = store.answeredRequest;
    const answer = store.answer;
    if (!asked || !answer) return false;
    return (
      asked.text !== form.text ||
      (asked.fileName ?? '') !== form.fileName.trim() ||
      (asked.committeeId ?? answer.committeeId) !== form.committeeId.trim() ||
      String(asked.year ?? answer.year) !== String(form.year).trim()
    );
  });

  async function preview(): Promise<void> {
    if (store.pending) return;
    if (!(await store.preview(request.value))) return source.value?.focusRefused();
    const answer = store.answer;
    // What the server read becomes editable: the planner corrects the committee or year if it guessed wrong.
    if (answer && form.committeeId.trim() === '') form.committeeId = answer.committeeId;
    if (answer && String(form.year).trim() === '') form.year = String(answer.year);
    answers.value += 1;
  }

  async function commit(): Promise<void> {
    const asked = store.answeredRequest;
    if (store.pending || !asked || stale.value) return;
    if (await store.commit(asked)) answers.value += 1;
  }

  async function readFile(file: File): Promise<void> {
    form.text = await file.text();
    form.fileName = file.name;
  }

  function startOver(): void {
    store.reset();
    Object.assign(form, { text: '', fileName: '', committeeId: '', year: '' });
    source.value?.focusText();
  }

  return { store, form, source, answers, previewed, committed, stale, preview, commit, readFile, startOver };
}
