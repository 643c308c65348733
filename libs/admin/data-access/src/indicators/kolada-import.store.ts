import type { Problem } from '@goaltrail/admin-util';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { useSessionStore } from '../session.store';
import type { KoladaFileLocation, KoladaImportResult } from './kolada-import-schemas';
import { uploadKoladaFile, type UploadProgress } from './kolada-upload';

/** Where an upload is: sending the file's bytes, waiting while the server reads it, or finished. */
export type KoladaUploadPhase = 'idle' | 'sending' | 'reading' | 'finished';

/** A Kolada file on its way in: upload progress, then a dry run's or an import's answer, or the refusal. */
export const useKoladaImportStore = defineStore('kolada-import', () => {
  const phase = ref<KoladaUploadPhase>('idle');
  const progress = shallowRef<UploadProgress | null>(null);
  const result = shallowRef<KoladaImportResult | null>(null);
  const problem = shallowRef<Problem | null>(null);
  /** The line and JSON path of a refused file's first problem. */
  const location = shallowRef<KoladaFileLocation | null>(null);
  /** Whether the last upload was a dry run: the answer and a refusal are read in its light. */
  const lastDryRun = ref<boolean | null>(null);

  /** Whole per cent of the bytes sent, or null before the first progress event. */
  const percent = computed(() => {
    const sent = progress.value;
    if (!sent) return null;
    return sent.total > 0 ? Math.min(100, Math.floor((sent.loaded / sent.total) * 100)) : 100;
  });

  /** Sends the file; false (with `problem` and, for a malformed file, `location`) when refused. */
  async function upload(file: File, options: { dryRun: boolean; municipality?: string | null }): Promise<boolean> {
    if (phase.value === 'sending' || phase.value === 'reading') return false;
    phase.value = 'sending';
    progress.value = { loaded: 0, total: file.size };
    problem.value = location.value = result.value = null;
    lastDryRun.value = options.dryRun;
    const outcome = await uploadKoladaFile(file, {
      ...options,
      onProgress: (next) => (progress.value = next),
      onSent: () => (phase.value = 'reading'),
    });
    phase.value = 'finished';
    if (outcome.ok) {
      result.value = outcome.result;
      return true;
    }
    if (outcome.problem.status === 401) useSessionStore().expire();
    problem.value = outcome.problem;
    location.value = outcome.location;
    return false;
  }

  function reset(): void {
    phase.value = 'idle';
    progress.value = problem.value = location.value = result.value = lastDryRun.value = null;
  }

  return { phase, progress, percent, result, problem, location, lastDryRun, upload, reset };
});
