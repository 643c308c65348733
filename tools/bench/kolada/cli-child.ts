import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One run of the built CLI as its own process, the way a user runs it. */
export interface ChildRun {
  exitCode: number;
  wallMs: number;
  /** Peak resident memory of the CLI process (VmHWM), in MiB. */
  peakMb: number;
  stdout: string;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs `node dist/apps/cli/main.js …args` with `env` added; its progress (stderr) passes through to ours.
 * Peak memory comes from GNU time's maximum resident set size when it is installed (exact, read by the
 * kernel at exit), else from polling the child's VmHWM in /proc, which is a high-water mark too, so
 * the last reading before exit misses at most the final 100 ms.
 */
export async function runCliChild(args: readonly string[], env: Record<string, string>): Promise<ChildRun> {
  const cli = [process.execPath, 'dist/apps/cli/main.js', ...args];
  const dir = mkdtempSync(join(tmpdir(), 'goaltrail-cli-time-'));
  const timeFile = join(dir, 'time.txt');
  const viaTime = existsSync(gnuTime);
  const [command = '', ...rest] = viaTime ? [gnuTime, '-v', '-o', timeFile, ...cli] : cli;
  const started = performance.now();
  const child = spawn(command, rest, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const stdout: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  let polledKb = 0;
  const poll = setInterval(() => {
    if (!viaTime && child.pid !== undefined) polledKb = Math.max(polledKb, highWaterKb(child.pid));
  }, 100);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  clearInterval(poll);
  const peakKb = viaTime ? maxResidentKb(readFileSync(timeFile, 'utf8')) : polledKb;
  rmSync(dir, { recursive: true, force: true });
  return { exitCode, wallMs, peakMb: peakKb / 1024, stdout: Buffer.concat(stdout).toString('utf8') };
}

function highWaterKb(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process has just exited
  }
}

function maxResidentKb(report: string): number {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  if (!match) throw new Error(`GNU time gave no maximum resident set size:\n${report}`);
  return Number(match[1]);
}
