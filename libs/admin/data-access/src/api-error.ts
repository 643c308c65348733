import { problemSchema } from '@goaltrail/contracts';
import type { Problem } from '@goaltrail/admin-util';

/** A failed API call; `problem` is what the interface shows (the API's message and refused fields). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly problem: Problem) {
    super(problem.message);
  }

  get status(): number {
    return this.problem.status;
  }
}

/** The problem of any thrown value: an ApiError's own, or an `unknown` one for anything else (a bug). */
export function toProblem(cause: unknown): Problem {
  if (cause instanceof ApiError) return cause.problem;
  const message = cause instanceof Error ? cause.message : String(cause);
  return { kind: 'unknown', status: 0, message, issues: [], rule: null, path: null };
}

/** Nothing answered: the API is down or unreachable. */
export function networkError(): ApiError {
  const message = 'The server is not answering.';
  return new ApiError({ kind: 'network', status: 0, message, issues: [], rule: null, path: null });
}

/** The answer did not have the agreed shape. */
export function contractError(status: number, path: string): ApiError {
  return new ApiError({ kind: 'contract', status, message: `Unexpected answer from ${path}`, issues: [], rule: null, path });
}

/** The API's problem body, or the status line when the body is not one. */
export async function httpError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): the status line must do.
  }
  const parsed = problemSchema.safeParse(body);
  const fallback = `${response.status} ${response.statusText}`.trim();
  const message = parsed.success ? parsed.data.message : messageOf(body) ?? fallback;
  return new ApiError({
    kind: 'http',
    status: response.status,
    message,
    issues: parsed.success ? (parsed.data.issues ?? []) : [],
    rule: parsed.success ? (parsed.data.rule ?? null) : null,
    path: null,
  });
}

function messageOf(body: unknown): string | null {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message;
  return null;
}
