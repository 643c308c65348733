import type { Problem } from '@goaltrail/admin-util';
import { ref, type Ref } from 'vue';
import { ApiError, toProblem } from './api-error';
import { useSessionStore } from './session.store';

/** Loading flag, last problem, and a runner where only the newest request's outcome counts. */
export interface RequestState {
  readonly loading: Ref<boolean>;
  readonly problem: Ref<Problem | null>;
  /** Runs `request`; resolves to its value, or to undefined if it failed or a newer run started. */
  run<T>(request: () => Promise<T>): Promise<T | undefined>;
}

/**
 * Request bookkeeping for stores. A newer run wins, so a slow answer for a plan the person already
 * left never overwrites the one they are looking at. A 401 means the session ended: the session
 * store forgets the user and the app sends them to sign in.
 */
export function createRequestState(): RequestState {
  const loading = ref(false);
  const problem = ref<Problem | null>(null);
  let latest = 0;

  async function run<T>(request: () => Promise<T>): Promise<T | undefined> {
    const ticket = ++latest;
    loading.value = true;
    problem.value = null;
    try {
      const value = await request();
      return ticket === latest ? value : undefined;
    } catch (cause) {
      if (ticket !== latest) return undefined;
      if (cause instanceof ApiError && cause.status === 401) useSessionStore().expire();
      problem.value = toProblem(cause);
      return undefined;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  return { loading, problem, run };
}
