import { describe, expect, it } from 'vitest';
import { WeakPasswordError } from './user-errors';
import { assertPasswordPolicy, isRole } from './user-rules';

describe('password policy', () => {
  it('accepts ten characters or more, of any kind', () => {
    expect(() => assertPasswordPolicy('0123456789')).not.toThrow();
    expect(() => assertPasswordPolicy('korrekt häst batteri')).not.toThrow();
  });

  it('refuses nine characters with a message that says what is needed', () => {
    expect(() => assertPasswordPolicy('012345678')).toThrow(WeakPasswordError);
    expect(() => assertPasswordPolicy('012345678')).toThrow('Password must be at least 10 characters');
  });

  it('points at the field it was given, the password field by default', () => {
    const refusal = (path?: string[]) => {
      try {
        assertPasswordPolicy('short', path);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(refusal()).toMatchObject({ path: ['password'] });
    expect(refusal(['GOALTRAIL_ADMIN_PASSWORD'])).toMatchObject({ path: ['GOALTRAIL_ADMIN_PASSWORD'] });
  });

  it('refuses absurdly long passwords, which would only make hashing slow', () => {
    expect(() => assertPasswordPolicy('x'.repeat(201))).toThrow(/at most 200 characters/);
  });
});

describe('roles', () => {
  it('knows admin, planner and auditor only', () => {
    expect(['admin', 'planner', 'auditor', 'system', 'Admin'].map(isRole)).toEqual([true, true, true, false, false]);
  });
});
