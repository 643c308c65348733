import { useKoladaImportStore } from '@goaltrail/admin-data-access';
import { computed, nextTick, onBeforeUnmount, ref, shallowRef } from 'vue';

/**
 * A Kolada file through the upload: the chosen file and municipality, a dry run or the import, and focus
 * on the answer so a keyboard or screen-reader user lands on what happened.
 */
export function useKoladaImport() {
  const store = useKoladaImportStore();
  const file = shallowRef<File | null>(null);
  const municipality = ref('');
  const missingFile = ref(false);
  const busy = computed(() => store.phase === 'sending' || store.phase === 'reading');
  // A fresh visit starts empty: the last visit's answer belongs to another file. An upload still under
  // way when the person left is left to finish, and shown.
  if (!busy.value) store.reset();
  onBeforeUnmount(() => {
    if (!busy.value) store.reset();
  });

  function choose(next: File | null): void {
    file.value = next;
    missingFile.value = false;
    store.reset();
  }

  async function send(dryRun: boolean): Promise<void> {
    if (busy.value) return;
    if (!file.value) {
      missingFile.value = true;
      return;
    }
    await store.upload(file.value, { dryRun, municipality: municipality.value.trim() || null });
    await nextTick();
    document.getElementById(store.result ? 'kolada-result-heading' : 'kolada-problem')?.focus();
  }

  return { store, file, municipality, missingFile, busy, choose, send };
}
