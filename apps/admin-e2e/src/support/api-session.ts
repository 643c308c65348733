import { problemSchema, sessionUserSchema, type CreateUserRequest } from '@goaltrail/contracts';
import { adminPassword } from './built-api';

/** The accounts every browser test signs in with; the admin exists from the first start. */
export const testUsers = {
  admin: { username: 'admin', password: adminPassword, role: 'admin' },
  planner: { username: 'pia.planner', password: 'pia-planner-lösenord', role: 'planner' },
  auditor: { username: 'arne.auditor', password: 'arne-auditor-lösenord', role: 'auditor' },
} as const satisfies Record<string, CreateUserRequest>;

/** Signs in over HTTP and answers the session cookie (`name=value`). */
export async function apiSignIn(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  sessionUserSchema.parse(await response.json());
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error('the API set no session cookie');
  return cookie;
}

/** A GET with the session cookie; throws with the API's problem message when refused. */
export async function apiGet(baseUrl: string, path: string, cookie: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`GET ${path}: ${problemSchema.parse(body).message}`);
  return body;
}

/** Creates the planner and the auditor as the admin does it: POST /api/users. */
export async function createTestUsers(baseUrl: string): Promise<void> {
  const cookie = await apiSignIn(baseUrl, testUsers.admin.username, testUsers.admin.password);
  for (const user of [testUsers.planner, testUsers.auditor]) {
    const response = await fetch(`${baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(user),
    });
    if (response.status !== 201) throw new Error(`creating ${user.username} failed: ${response.status} ${await response.text()}`);
  }
}
