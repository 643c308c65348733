import { spawn, type ChildProcess } from 'node:child_process';

/** The built API (`dist/apps/api/main.js`) running on a data directory, signed in as the first admin. */
export interface BuiltApi {
  readonly baseUrl: string;
  /** Session cookie of the admin. */
  readonly cookie: string;
  /** Stops the server; resolves once its process has exited (so its data directory can be removed). */
  stop(): Promise<void>;
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill();
  return exited;
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

/** Where the API keeps its events: the embedded store in `dataDir`, or PostgreSQL when `databaseUrl` is given. */
export interface BuiltApiOptions {
  dataDir: string;
  port: number;
  seed?: boolean;
  /** Run on PostgreSQL (EVENT_STORE=postgres) at this URL instead of the embedded store. */
  databaseUrl?: string;
  /** How long the read models may take to catch up from the log before health answers (120 s unless given). */
  readyTimeoutMs?: number;
}

/** Starts the built API on `port` over the configured store and signs in as its first admin. */
export async function startBuiltApi(options: BuiltApiOptions): Promise<BuiltApi> {
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
      ...(options.databaseUrl === undefined ? {} : { EVENT_STORE: 'postgres', DATABASE_URL: options.databaseUrl }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(baseUrl, server, options.readyTimeoutMs ?? 120_000);
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
    return { baseUrl, cookie, stop: () => stopServer(server) };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}
