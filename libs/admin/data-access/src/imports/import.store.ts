import type { importRequestSchema } from '@goaltrail/contracts';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { z } from 'zod';
import { createRequestState } from '../request-state';
import { apiClient } from '../shared-client';
import { importAnswerSchema, type ImportAnswer } from './import-schemas';

/** The body of `POST /api/imports`: the document's text, its file name, and an optional committee and year. */
export type ImportRequest = z.input<typeof importRequestSchema>;

/** A goal document on its way in: its preview (a dry run), then the recorded import. */
export const useImportStore = defineStore('import', () => {
  /** The newest answer, preview or commit; `answer.dryRun` tells which. */
  const answer = shallowRef<ImportAnswer | null>(null);
  /** The request the answer belongs to: a commit sends exactly what was previewed. */
  const answeredRequest = ref<ImportRequest | null>(null);
  const request = createRequestState();
  /** Which of the two is under way, so only its button shows as busy. */
  const pending = ref<'preview' | 'commit' | null>(null);
  /** Which of the two was sent last: the page shows `problem` beside the control that sent it. */
  const lastSent = ref<'preview' | 'commit' | null>(null);

  async function send(body: ImportRequest, dryRun: boolean): Promise<boolean> {
    const path = `/api/imports?${new URLSearchParams({ dryRun: String(dryRun) })}`;
    pending.value = lastSent.value = dryRun ? 'preview' : 'commit';
    const result = await request.run(() => apiClient().request('POST', path, importAnswerSchema, body));
    pending.value = null;
    if (!result) return false;
    answer.value = result;
    answeredRequest.value = { ...body };
    return true;
  }

  /** Reads the document and plans its commands; nothing is written. */
  const preview = (body: ImportRequest) => send(body, true);

  /** Records the import; the answer says how many events were written (none if unchanged). */
  const commit = (body: ImportRequest) => send(body, false);

  function reset(): void {
    answer.value = null;
    answeredRequest.value = null;
    lastSent.value = null;
    request.problem.value = null;
  }

  return { answer, answeredRequest, pending, lastSent, problem: request.problem, preview, commit, reset };
});
