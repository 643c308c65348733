import type { Problem } from '@goaltrail/admin-util';
import { ApiError, toProblem } from '../api-error';
import { useSessionStore } from '../session.store';

/** A write's outcome: its answer, or the problem to show beside the form that sent it. */
export type WriteResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/**
 * Runs one write. Each form on a page keeps its own problem, so a write answers its problem rather
 * than setting a store-wide one; a 401 still ends the session as every other request does.
 */
export async function attempt<T>(write: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 401) useSessionStore().expire();
    return { ok: false, problem: toProblem(cause) };
  }
}

/** The refused fields of a problem by field name: a 400's issues, or a broken rule that belongs to one field. */
export function fieldIssues(problem: Problem | null, ruleFields: Readonly<Record<string, string>> = {}): Record<string, string> {
  if (!problem) return {};
  const byField: Record<string, string> = {};
  for (const issue of problem.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in byField)) byField[field] = issue.message;
  }
  const ruleField = problem.rule ? ruleFields[problem.rule] : undefined;
  if (ruleField && !(ruleField in byField)) byField[ruleField] = problem.message;
  return byField;
}
