import { BusinessRuleError } from '@goaltrail/goals-domain';

/**
 * The document cannot be committed as it stands (empty, or neither it nor the caller names the
 * committee or the year). Nothing was written. A business rule rather than a request error, so the
 * HTTP layer answers 422 with `rule` and the line in `details` when the problem has one.
 */
export class ImportRejectedError extends BusinessRuleError {
  override readonly name = 'ImportRejectedError';
  readonly rule = 'import-not-committable';

  constructor(
    problem: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? `The document cannot be imported: ${problem}` : `Line ${line}: ${problem}`, { line });
  }
}
