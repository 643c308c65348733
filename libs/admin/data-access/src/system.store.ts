import type { HealthResponse } from '@goaltrail/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError, createApiClient, type ApiClient } from './api-client';

/** Server status as the SPA last saw it. */
export const useSystemStore = defineStore('system', () => {
  const health = ref<HealthResponse | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  let client: ApiClient = createApiClient();

  /** Points the store at another API (tests, or an API on another origin). */
  function useClient(next: ApiClient): void {
    client = next;
  }

  async function refresh(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      health.value = await client.health();
    } catch (cause) {
      health.value = null;
      error.value = cause instanceof ApiError ? cause.message : 'Okänt fel';
    } finally {
      loading.value = false;
    }
  }

  return { health, loading, error, refresh, useClient };
});
