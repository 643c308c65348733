/** Values that explain a broken rule, safe to put in an HTTP problem body. */
export type RuleDetails = Readonly<Record<string, string | number | null>>;

/**
 * A command broke a named business rule; nothing may be written. The HTTP layer maps every
 * subclass to 422 with `rule` (UnknownEntityError subclasses to 404).
 */
export abstract class BusinessRuleError extends Error {
  /** Stable kebab-case rule name, part of the API contract. */
  abstract readonly rule: string;

  constructor(
    message: string,
    readonly details: RuleDetails = {},
  ) {
    super(message);
  }
}

/** The command refers to something that does not exist: a 404 rather than a 422. */
export abstract class UnknownEntityError extends BusinessRuleError {}

/**
 * The client edited a goal wording it no longer sees: another change came first (409).
 * Not a business rule: repeating the request with the current revision may well succeed.
 */
export class GoalRevisionConflictError extends Error {
  override readonly name = 'GoalRevisionConflictError';

  constructor(
    readonly goalId: string,
    readonly expectedRevision: number,
    readonly currentRevision: number,
  ) {
    super(`Goal ${goalId} is at wording revision ${currentRevision}, not ${expectedRevision}`);
  }
}
