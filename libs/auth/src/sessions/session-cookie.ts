/** Name of the cookie that carries the session token. */
export const sessionCookieName = 'goaltrail_session';

/** Whether the cookie may only travel over https; true when the request itself came over https. */
export interface CookieSecurity {
  secure: boolean;
}

/**
 * Parses a Cookie header into name → value. The first occurrence of a name wins, as browsers send
 * the most specific cookie first; values that are not valid percent-encoding are kept as sent.
 */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals === -1) continue;
    const name = part.slice(0, equals).trim();
    if (!name || cookies.has(name)) continue;
    let value = part.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    cookies.set(name, safeDecode(value));
  }
  return cookies;
}

/** The session token from a Cookie header, or null. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  return parseCookies(cookieHeader).get(sessionCookieName) || null;
}

/**
 * The Set-Cookie value that hands a browser its session. No Max-Age: the browser keeps it until it
 * closes, and the server decides when it expires (12 h idle), so the expiry can slide without
 * re-sending the cookie on every answer. HttpOnly keeps scripts away from it; SameSite=Strict keeps
 * other sites from riding on it (no CSRF token needed).
 */
export function sessionCookie(token: string, security: CookieSecurity): string {
  return [`${sessionCookieName}=${token}`, ...attributes(security)].join('; ');
}

/** The Set-Cookie value that makes a browser forget its session. */
export function clearedSessionCookie(security: CookieSecurity): string {
  return [`${sessionCookieName}=`, ...attributes(security), 'Max-Age=0', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT'].join('; ');
}

function attributes({ secure }: CookieSecurity): string[] {
  return ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
