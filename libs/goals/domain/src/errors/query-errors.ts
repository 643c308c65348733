import { BusinessRuleError } from './business-rule-error';

/** As-of times are ISO 8601 dates or date-times. */
export class InvalidTimestampError extends BusinessRuleError {
  override readonly name = 'InvalidTimestampError';
  readonly rule = 'timestamps-are-iso-8601';
  constructor(value: string) {
    super(`"${value}" is not an ISO 8601 date or date-time`, { value });
  }
}
