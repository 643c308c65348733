/** One refused field of a request: where, and what is wrong with it. */
export interface FieldIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * A failed API call as the interface shows it. `http`: the API answered with its problem body;
 * `network`: nothing answered; `contract`: the answer did not have the agreed shape; `unknown`: a bug.
 */
export interface Problem {
  readonly kind: 'http' | 'network' | 'contract' | 'unknown';
  readonly status: number;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
  /** The business rule a 422 broke, or the resource a 404 missed (`plan-exists`). */
  readonly rule: string | null;
  /** For `contract`: the path whose answer was wrong. */
  readonly path: string | null;
}
