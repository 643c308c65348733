import type { HealthResponse } from '@goaltrail/contracts';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { createRequestState } from './request-state';
import { apiClient } from './shared-client';

/** Server status as the SPA last saw it. */
export const useSystemStore = defineStore('system', () => {
  const health = ref<HealthResponse | null>(null);
  const request = createRequestState();

  async function refresh(): Promise<void> {
    health.value = (await request.run(() => apiClient().health())) ?? null;
  }

  return { health, loading: request.loading, problem: request.problem, refresh };
});
