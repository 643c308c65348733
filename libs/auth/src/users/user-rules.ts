import {
  maxPasswordLength,
  minPasswordLength,
  passwordRuleMessage,
  roles,
  usernamePattern,
  usernameRuleMessage,
  type Role,
} from '@goaltrail/contracts';
import { InvalidRoleError, InvalidUsernameError, WeakPasswordError } from './user-errors';

/** Throws InvalidUsernameError unless the name follows the rule the contracts publish. */
export function assertValidUsername(username: string): void {
  if (!usernamePattern.test(username)) throw new InvalidUsernameError(usernameRuleMessage);
}

/**
 * Throws WeakPasswordError unless the password follows the policy: length is what makes a password
 * hard to guess, so the policy asks for length rather than character classes.
 */
export function assertPasswordPolicy(password: string, path: readonly string[] = ['password']): void {
  if (password.length < minPasswordLength) throw new WeakPasswordError(passwordRuleMessage, path);
  if (password.length > maxPasswordLength) {
    throw new WeakPasswordError(`must be at most ${maxPasswordLength} characters`, path);
  }
}

/** True for admin, planner and auditor. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Throws InvalidRoleError unless the value is a role. */
export function assertRole(value: string): asserts value is Role {
  if (!isRole(value)) throw new InvalidRoleError(value, roles);
}
