import { spawn, type ChildProcess } from 'node:child_process';

/** The built API (`dist/apps/api/main.js`) running on a data directory, signed in as the first admin. */
export interface BuiltApi {
  readonly baseUrl: string;
  /** Session cookie of the admin. */
  readonly cookie: string;
  stop(): void;
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API exited with code ${server.exitCode} before it was healthy`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs} ms`);
}

/** Starts the built API on `port` over the embedded store in `dataDir` and signs in as its first admin. */
export async function startBuiltApi(options: { dataDir: string; port: number; seed?: boolean }): Promise<BuiltApi> {
  const password = 'bench-password-2026';
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const server = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      GOALTRAIL_ADMIN_PASSWORD: password,
      GOALTRAIL_SEED: String(options.seed ?? true),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(baseUrl, server, 120_000);
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
    return { baseUrl, cookie, stop: () => server.kill() };
  } catch (error) {
    server.kill();
    throw error;
  }
}
