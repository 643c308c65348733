import { freePort } from '@goaltrail/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const apiBundle = join(workspaceRoot, 'dist/apps/api/main.js');
const adminIndex = join(workspaceRoot, 'dist/apps/admin/index.html');

/** The first admin's password on every test store (the API creates `admin` with it at first start). */
export const adminPassword = 'e2e-admin-lösenord';

/** The production API bundle running as its own process on a free port with an empty store. */
export interface BuiltApi {
  baseUrl: string;
  /** Everything the process printed so far; shown when start-up fails. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node dist/apps/api/main.js` exactly as a user would, and waits until /api/health answers. */
export async function startBuiltApi(startTimeoutMs = 60_000): Promise<BuiltApi> {
  for (const built of [apiBundle, adminIndex]) {
    if (!existsSync(built)) {
      throw new Error(`${built} is missing; run: npx nx run-many -t build -p api admin`);
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'goaltrail-e2e-data-'));
  const port = await freePort();
  const child = spawn(process.execPath, [apiBundle], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      EVENT_STORE: 'pglite',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      GOALTRAIL_ADMIN_PASSWORD: adminPassword,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const api: BuiltApi = {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(api.baseUrl, child, startTimeoutMs);
  } catch (error) {
    await api.stop();
    throw new Error(`${(error as Error).message}\n--- API output ---\n${output}`);
  }
  return api;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with code ${child.exitCode} before it was healthy`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not answer ${baseUrl}/api/health within ${timeoutMs} ms`);
}

/** SIGTERM lets Nest close the store cleanly; SIGKILL only if it hangs. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
