/** Where in the command a problem is, e.g. `['breakdown', 'women']` or `['rows', 12, 'period']`. */
export type InputPath = (string | number)[];

/** One refused field: the path into the command and what is wrong with it. */
export type InputIssue = { path: InputPath; message: string };

/**
 * The command's data is malformed for this indicator (HTTP 400). It lists every problem found,
 * not only the first, so a form or an import report can show them all; nothing is decided.
 */
export class IndicatorInputError extends Error {
  override readonly name = 'IndicatorInputError';

  constructor(readonly issues: readonly InputIssue[]) {
    super(`The indicator command is not valid: ${issues.map(describe).join('; ')}`);
  }
}

function describe(issue: InputIssue): string {
  return issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message;
}

/** Throws IndicatorInputError when any issue was collected. */
export function throwIfAny(issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new IndicatorInputError(issues);
}
