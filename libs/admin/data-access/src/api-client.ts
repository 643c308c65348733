import {
  healthResponseSchema,
  sessionUserSchema,
  type HealthResponse,
  type LoginRequest,
  type rewordGoalSchema,
  type SessionUser,
} from '@goaltrail/contracts';
import type { GoalHistory, PlanView } from '@goaltrail/goals-domain';
import type { z } from 'zod';
import { ApiError, contractError, httpError, networkError } from './api-error';
import {
  committeeListSchema,
  goalHistorySchema,
  planListSchema,
  planViewSchema,
  writeAnswerSchema,
  type CommitteeSummary,
  type PlanSummary,
  type WriteAnswer,
} from './response-schemas';

/** The body of `PATCH /api/goals/:goalId`: a new wording, optionally as an amendment with its decision. */
export type RewordGoalRequest = z.input<typeof rewordGoalSchema>;

/** The one typed door from the SPA to the API; every answer is checked against its schema. */
export interface ApiClient {
  health(): Promise<HealthResponse>;
  /** The signed-in user, or null when there is no session. */
  me(): Promise<SessionUser | null>;
  login(credentials: LoginRequest): Promise<SessionUser>;
  logout(): Promise<void>;
  committees(): Promise<CommitteeSummary[]>;
  plans(committeeId: string): Promise<PlanSummary[]>;
  /** One plan; with `asOf`, exactly as it was recorded at that instant. */
  plan(committeeId: string, year: number, options?: { asOf?: string | null }): Promise<PlanView>;
  goalHistory(goalId: string): Promise<GoalHistory>;
  rewordGoal(goalId: string, change: RewordGoalRequest): Promise<WriteAnswer>;
  /** Any other endpoint, its answer checked against `schema`: feature areas build their calls on it. */
  request<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T>;
}

/**
 * Builds the client for an API at `baseUrl` (empty: same origin, where the session cookie lives).
 * `fetch` is looked up on each call, so tests can stub it at the edge.
 */
export function createApiClient(baseUrl = '', fetchImpl?: typeof fetch): ApiClient {
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await (fetchImpl ?? globalThis.fetch)(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw networkError();
    }
    if (!response.ok) throw await httpError(response);
    return response;
  }

  async function call<T>(method: string, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const response = await send(method, path, body);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw contractError(response.status, path);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw contractError(response.status, path);
    return parsed.data;
  }

  const committeePath = (committeeId: string) => `/api/committees/${encodeURIComponent(committeeId)}`;

  return {
    health: () => call('GET', '/api/health', healthResponseSchema),
    me: async () => {
      try {
        return await call('GET', '/api/auth/me', sessionUserSchema);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    login: (credentials) => call('POST', '/api/auth/login', sessionUserSchema, credentials),
    logout: async () => {
      await send('POST', '/api/auth/logout');
    },
    committees: () => call('GET', '/api/committees', committeeListSchema),
    plans: (committeeId) => call('GET', `${committeePath(committeeId)}/plans`, planListSchema),
    plan: (committeeId, year, options = {}) => {
      const query = options.asOf ? `?${new URLSearchParams({ asOf: options.asOf })}` : '';
      return call('GET', `${committeePath(committeeId)}/plans/${year}${query}`, planViewSchema);
    },
    goalHistory: (goalId) => call('GET', `/api/goals/${encodeURIComponent(goalId)}/history`, goalHistorySchema),
    rewordGoal: (goalId, change) => call('PATCH', `/api/goals/${encodeURIComponent(goalId)}`, writeAnswerSchema, change),
    request: call,
  };
}
