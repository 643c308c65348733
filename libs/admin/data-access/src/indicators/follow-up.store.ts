import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { createRequestState } from '../request-state';
import { apiClient } from '../shared-client';
import type { CommitteeFollowUp } from './follow-up-types';
import { indicatorsApi } from './indicators-api';

/** Which committee's plan for which year is followed up. */
export interface FollowUpKey {
  readonly committeeId: string;
  readonly year: number;
}

/** A committee's follow-up (uppföljning) for one year: each goal's colour and the rule that gave it. */
export const useFollowUpStore = defineStore('follow-up', () => {
  const key = shallowRef<FollowUpKey | null>(null);
  const followUp = shallowRef<CommitteeFollowUp | null>(null);
  const loaded = ref(false);
  const request = createRequestState();

  async function load(next: FollowUpKey): Promise<void> {
    if (key.value?.committeeId !== next.committeeId || key.value.year !== next.year) {
      followUp.value = null;
      loaded.value = false;
    }
    key.value = next;
    const answer = await request.run(() => indicatorsApi(apiClient()).followUp(next.committeeId, next.year));
    if (!answer) return;
    followUp.value = answer;
    loaded.value = true;
  }

  return { key, followUp, loaded, loading: request.loading, problem: request.problem, load };
});
