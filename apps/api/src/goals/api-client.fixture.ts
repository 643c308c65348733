import 'reflect-metadata';
import { freePort } from '@goaltrail/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import { createApp } from '../app/create-app';

export const adminPassword = 'admin-password-for-tests';

/**
 * A real API on a free port over a file-backed PGlite store in `dataDir`. Unseeded unless asked, so
 * the scenarios start from an empty goal log as their assertions expect.
 */
export async function startApi(dataDir: string, options: { seed?: boolean } = {}): Promise<{ app: NestExpressApplication; baseUrl: string }> {
  const port = await freePort();
  const app = await createApp({
    eventStore: { kind: 'pglite', dataDir },
    port,
    host: '127.0.0.1',
    adminDistDir: tmpdir(),
    adminPassword,
    seed: options.seed ?? false,
  }, ['error']);
  await app.listen(port, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}

/** An HTTP answer with its parsed JSON body. */
export interface Answer {
  status: number;
  body: Record<string, unknown> & { [key: string]: unknown };
}

/** A signed-in (or anonymous) caller of the API. */
export class Caller {
  constructor(
    private readonly baseUrl: string,
    private readonly cookie = '',
  ) {}

  /** The session cookie, for requests that are not JSON. */
  get cookieHeader(): string {
    return this.cookie;
  }

  static async login(baseUrl: string, username: string, password: string): Promise<Caller> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login as ${username} failed: ${response.status}`);
    return new Caller(baseUrl, (response.headers.get('set-cookie') ?? '').split(';')[0]);
  }

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: { Cookie: this.cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }

  get(path: string): Promise<Answer> {
    return this.call('GET', path);
  }

  post(path: string, body: unknown = {}): Promise<Answer> {
    return this.call('POST', path, body);
  }

  patch(path: string, body: unknown): Promise<Answer> {
    return this.call('PATCH', path, body);
  }
}
