import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, parseCookies, sessionCookie, sessionTokenFrom } from './session-cookie';

describe('parseCookies', () => {
  it('reads name=value pairs separated by semicolons, trimming spaces', () => {
    expect(parseCookies('a=1; goaltrail_session=abc_-9 ;theme=dark')).toEqual(
      new Map([['a', '1'], ['goaltrail_session', 'abc_-9'], ['theme', 'dark']]),
    );
  });

  it('keeps "=" inside values, strips quotes and decodes percent-encoding', () => {
    expect(parseCookies('x=a=b==; y="quoted"; z=%C3%A5')).toEqual(new Map([['x', 'a=b=='], ['y', 'quoted'], ['z', 'å']]));
  });

  it('keeps the first of two cookies with one name and survives broken input', () => {
    expect(parseCookies('s=first; s=second; junk; =nameless; bad=%E0%A4%A')).toEqual(new Map([['s', 'first'], ['bad', '%E0%A4%A']]));
    expect(parseCookies(undefined).size).toBe(0);
    expect(parseCookies('').size).toBe(0);
  });

  it('finds the session token, or null when it is missing or empty', () => {
    expect(sessionTokenFrom('goaltrail_session=t0k3n')).toBe('t0k3n');
    expect(sessionTokenFrom('goaltrail_session=')).toBeNull();
    expect(sessionTokenFrom('other=1')).toBeNull();
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, for the whole site, and Secure only over https', () => {
    expect(sessionCookie('t', { secure: false })).toBe('goaltrail_session=t; Path=/; HttpOnly; SameSite=Strict');
    expect(sessionCookie('t', { secure: true })).toBe('goaltrail_session=t; Path=/; HttpOnly; SameSite=Strict; Secure');
  });

  it('is cleared with an empty value that expires at once', () => {
    expect(clearedSessionCookie({ secure: false })).toMatch(/^goaltrail_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970/);
  });
});
