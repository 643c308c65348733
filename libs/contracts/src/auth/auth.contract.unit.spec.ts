import { describe, expect, it } from 'vitest';
import { createUserRequestSchema, loginRequestSchema, userSummarySchema } from './auth.contract';

describe('auth contracts', () => {
  it('accepts a new user with a lower-case name, a long enough password and a known role', () => {
    const body = { username: 'anna.berg', password: 'tio tecken!', role: 'planner' };
    expect(createUserRequestSchema.parse(body)).toEqual(body);
  });

  it('names each refused field of a new user', () => {
    const result = createUserRequestSchema.safeParse({ username: 'Anna', password: 'kort', role: 'boss' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['username'], ['password'], ['role']]);
    expect(result.error?.issues[1]?.message).toBe('must be at least 10 characters');
  });

  it('refuses fields it does not know, so a role cannot ride along on login', () => {
    expect(loginRequestSchema.safeParse({ username: 'a', password: 'b', role: 'admin' }).success).toBe(false);
  });

  it('lets any non-empty name try to log in', () => {
    expect(loginRequestSchema.safeParse({ username: 'Not A Valid Name', password: 'x' }).success).toBe(true);
    expect(loginRequestSchema.safeParse({ username: '', password: 'x' }).error?.issues[0]?.path).toEqual(['username']);
  });

  it('lists users without any password field', () => {
    const user = userSummarySchema.parse({ username: 'admin', role: 'admin', registeredAt: '2026-01-01T00:00:00.000Z', passwordHash: 'x' });
    expect(user).not.toHaveProperty('passwordHash');
  });
});
