import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { createRequestState } from '../request-state';
import { apiClient } from '../shared-client';
import { auditApi } from './audit-api';
import type { AuditEvent, ChainVerification } from './audit-schemas';

/** How many events one "load more" reads: a screenful of a table, far below the API's cap of 1000. */
export const auditPageSize = 100;

/** The raw event log read page by page (optionally one stream prefix), and the hash-chain check. */
export const useAuditStore = defineStore('audit', () => {
  const events = shallowRef<readonly AuditEvent[]>([]);
  /** The stream prefix the loaded pages were read with; null: every stream. */
  const stream = ref<string | null>(null);
  const next = ref<string | null>(null);
  const hasMore = ref(false);
  const loaded = ref(false);
  // One runner for first and further pages: a new first page makes an older "load more" count for nothing.
  const pages = createRequestState();
  const verification = shallowRef<ChainVerification | null>(null);
  /** When the browser got the verification, for "checked at". */
  const verifiedAt = ref<string | null>(null);
  const verifyRequest = createRequestState();

  /** Reads the first page of the log, of streams starting with `prefix` (all when empty). */
  async function load(prefix: string | null): Promise<void> {
    const wanted = prefix?.trim() || null;
    if (wanted !== stream.value) {
      events.value = [];
      loaded.value = false;
    }
    stream.value = wanted;
    const page = await pages.run(() => auditApi(apiClient()).events({ after: null, limit: auditPageSize, stream: wanted }));
    if (!page) return;
    events.value = page.events;
    next.value = page.next;
    hasMore.value = page.hasMore;
    loaded.value = true;
  }

  /** Appends the page after the last event read. */
  async function loadMore(): Promise<void> {
    if (!hasMore.value || pages.loading.value) return;
    const page = await pages.run(() => auditApi(apiClient()).events({ after: next.value, limit: auditPageSize, stream: stream.value }));
    if (!page) return;
    events.value = [...events.value, ...page.events];
    next.value = page.next;
    hasMore.value = page.hasMore;
  }

  /** Asks the server to walk the hash chain again. */
  async function verify(): Promise<void> {
    const result = await verifyRequest.run(() => auditApi(apiClient()).verify());
    if (!result) return;
    verification.value = result;
    verifiedAt.value = new Date().toISOString();
  }

  return {
    events,
    stream,
    hasMore,
    loaded,
    loading: pages.loading,
    problem: pages.problem,
    verification,
    verifiedAt,
    verifying: verifyRequest.loading,
    verifyProblem: verifyRequest.problem,
    load,
    loadMore,
    verify,
  };
});
