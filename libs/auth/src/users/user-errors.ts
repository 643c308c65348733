/** Base of every refusal the user rules raise; `code` is stable for callers that map errors. */
export abstract class UserRuleError extends Error {
  abstract readonly code: string;
}

/** Bad input about one field of a user; `path` names the field as the HTTP body spells it. */
export abstract class UserInputError extends UserRuleError {
  abstract readonly path: readonly string[];
}

/** The username breaks the naming rule. */
export class InvalidUsernameError extends UserInputError {
  override readonly name = 'InvalidUsernameError';
  readonly code = 'INVALID_USERNAME';
  readonly path = ['username'] as const;
  constructor(readonly rule: string) {
    super(`Username ${rule}`);
  }
}

/** The password breaks the password policy. */
export class WeakPasswordError extends UserInputError {
  override readonly name = 'WeakPasswordError';
  readonly code = 'WEAK_PASSWORD';
  constructor(
    readonly rule: string,
    readonly path: readonly string[] = ['password'],
  ) {
    super(`Password ${rule}`);
  }
}

/** The role is not one of admin, planner, auditor. */
export class InvalidRoleError extends UserInputError {
  override readonly name = 'InvalidRoleError';
  readonly code = 'INVALID_ROLE';
  readonly path = ['role'] as const;
  constructor(readonly role: string, allowed: readonly string[]) {
    super(`Role must be one of ${allowed.join(', ')} (got "${role}")`);
  }
}

/** A user with this name exists already. */
export class UsernameTakenError extends UserRuleError {
  override readonly name = 'UsernameTakenError';
  readonly code = 'USERNAME_TAKEN';
  constructor(readonly username: string) {
    super(`A user named "${username}" exists already`);
  }
}

/** No user has this name. */
export class UnknownUserError extends UserRuleError {
  override readonly name = 'UnknownUserError';
  readonly code = 'UNKNOWN_USER';
  constructor(readonly username: string) {
    super(`There is no user named "${username}"`);
  }
}
