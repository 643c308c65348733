import type { Problem } from '@goaltrail/admin-util';
import type { LoginRequest, Role, SessionUser } from '@goaltrail/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { toProblem } from './api-error';
import { apiClient } from './shared-client';

/** Who is signed in, and what their role lets them do. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);
  /** True once the server has been asked who is signed in (or someone signed in). */
  const checked = ref(false);
  const signingIn = ref(false);
  const problem = ref<Problem | null>(null);
  let pending: Promise<SessionUser | null> | null = null;

  const role = computed<Role | null>(() => user.value?.role ?? null);
  /** Admins and planners change goals; auditors read everything and change nothing. */
  const canEdit = computed(() => role.value === 'admin' || role.value === 'planner');
  const isAdmin = computed(() => role.value === 'admin');

  /** Asks the server once per page load; the router's guard awaits it before every protected route. */
  function ensureLoaded(): Promise<SessionUser | null> {
    if (checked.value) return Promise.resolve(user.value);
    pending ??= apiClient()
      .me()
      .then((me) => (user.value = me))
      .catch((cause: unknown) => {
        // Cannot tell: treat as signed out; the sign-in page shows why when it tries.
        problem.value = toProblem(cause);
        return (user.value = null);
      })
      .finally(() => {
        checked.value = true;
        pending = null;
      });
    return pending;
  }

  /** Signs in; false (with `problem` set, e.g. the API's 401 message) when refused. */
  async function login(credentials: LoginRequest): Promise<boolean> {
    signingIn.value = true;
    problem.value = null;
    try {
      user.value = await apiClient().login(credentials);
      checked.value = true;
      return true;
    } catch (cause) {
      problem.value = toProblem(cause);
      return false;
    } finally {
      signingIn.value = false;
    }
  }

  /** Ends the session on the server; the local session ends even if the server cannot be reached. */
  async function logout(): Promise<void> {
    try {
      await apiClient().logout();
    } catch {
      // The cookie is HttpOnly and expires on its own; nothing more can be done from here.
    } finally {
      expire();
    }
  }

  /** Forgets the user, e.g. when the API says the session has ended (401). */
  function expire(): void {
    user.value = null;
    checked.value = true;
    problem.value = null;
  }

  return { user, checked, role, canEdit, isAdmin, signingIn, problem, ensureLoaded, login, logout, expire };
});
