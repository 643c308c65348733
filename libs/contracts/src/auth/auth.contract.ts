import { z } from 'zod';

/** The roles a user can have: admins manage, planners change goals, auditors read everything. */
export const roles = ['admin', 'planner', 'auditor'] as const;

/** One of `roles`. */
export type Role = (typeof roles)[number];

/** Lower-case, starts with a letter, 2–40 characters; the same rule for the API, the CLI and the store. */
export const usernamePattern = /^[a-z][a-z0-9._-]{1,39}$/;

/** Why a username was refused, worded to say how to fix it. */
export const usernameRuleMessage =
  'must be 2–40 characters: a lower-case letter first, then lower-case letters, digits, ".", "_" or "-"';

/** Passwords shorter than this are refused everywhere (API, CLI, first-start admin). */
export const minPasswordLength = 10;

/** An upper bound keeps a hash request from becoming a denial of service. */
export const maxPasswordLength = 200;

/** Why a password was refused. */
export const passwordRuleMessage = `must be at least ${minPasswordLength} characters`;

/** A role name. */
export const roleSchema = z.enum(roles, { error: `must be one of ${roles.join(', ')}` });

/** A username as it may be registered. */
export const usernameSchema = z.string({ error: 'must be a string' }).regex(usernamePattern, usernameRuleMessage);

/** A new password, checked against the password policy. */
export const newPasswordSchema = z
  .string({ error: 'must be a string' })
  .min(minPasswordLength, passwordRuleMessage)
  .max(maxPasswordLength, `must be at most ${maxPasswordLength} characters`);

// Login takes any non-empty strings: a malformed name is simply a wrong name (401), which tells
// an attacker nothing about which accounts exist.
const credential = z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(maxPasswordLength);

/** `POST /api/auth/login`. */
export const loginRequestSchema = z.object({ username: credential, password: credential }).strict();

/** `POST /api/auth/password`: the signed-in user changes their own password. */
export const changePasswordRequestSchema = z
  .object({ currentPassword: credential, newPassword: newPasswordSchema })
  .strict();

/** `POST /api/users` (admins only). */
export const createUserRequestSchema = z
  .object({ username: usernameSchema, password: newPasswordSchema, role: roleSchema })
  .strict();

/** Who is signed in: the answer of login and `GET /api/auth/me`. */
export const sessionUserSchema = z.object({ username: z.string(), role: roleSchema });

/** One user as `GET /api/users` lists it (never a password hash). */
export const userSummarySchema = sessionUserSchema.extend({ registeredAt: z.iso.datetime({ offset: true }) });

/** The answer of `GET /api/users`. */
export const userListSchema = z.array(userSummarySchema);

/** Parsed body of a login request. */
export type LoginRequest = z.infer<typeof loginRequestSchema>;
/** Parsed body of a password change. */
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
/** Parsed body of `POST /api/users`. */
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;
/** The signed-in user. */
export type SessionUser = z.infer<typeof sessionUserSchema>;
/** One listed user. */
export type UserSummary = z.infer<typeof userSummarySchema>;
