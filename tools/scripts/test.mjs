// `npm test`: every check in the workspace, in two phases, then one summary line per phase.
// Phase 2 runs even when phase 1 fails, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const nx = join(workspaceRoot, 'node_modules', '.bin', 'nx');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const phases = [
  {
    name: 'lint, typecheck, unit and integration tests',
    args: ['run-many', '-t', 'lint', 'typecheck', 'test', '--output-style=static'],
  },
  {
    name: 'browser end-to-end tests',
    args: ['run', 'admin-e2e:e2e', '--output-style=static'],
  },
];

// Every Vitest run writes its counts here (tools/vitest/preset.mts); start from an empty folder.
const resultsDir = join(workspaceRoot, 'tmp', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });

const results = phases.map((phase) => {
  console.log(`\n>>> ${phase.name}: nx ${phase.args.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(nx, phase.args, { cwd: workspaceRoot, env, stdio: 'inherit' });
  if (run.error) console.error(`could not start nx: ${run.error.message}`);
  return { name: phase.name, ok: run.status === 0, ms: Date.now() - started };
});

console.log('\nnpm test summary');
for (const result of results) {
  console.log(`  ${result.ok ? 'PASS' : 'FAIL'}  ${result.name.padEnd(46)} ${duration(result.ms)}`);
}
const counts = testCounts();
const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exitCode = results.every((result) => result.ok) && counts.passed > 0 ? 0 : 1;

/** Adds up the JSON reports of every Vitest run of this invocation. */
function testCounts() {
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(resultsDir)) return total;
  for (const file of readdirSync(resultsDir).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    total.passed += report.numPassedTests ?? 0;
    // A file that fails to load has no failed tests, only a failed suite: count it too.
    total.failed += report.numFailedTests || report.numFailedTestSuites || 0;
    total.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  return total;
}

function duration(ms) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
