import { BusinessRuleError } from './business-rule-error';

/** Names, titles and reasons are not blank. */
export class BlankFieldError extends BusinessRuleError {
  override readonly name = 'BlankFieldError';
  readonly rule = 'required-text-is-not-blank';
  constructor(field: string) {
    super(`${field} must not be blank`, { field });
  }
}
