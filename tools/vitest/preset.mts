import { fileURLToPath } from 'node:url';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';

/** Options shared by every project's Vitest config: one place for timeouts and file naming. */
export interface ProjectTestOptions {
  /** Directory of the project's vitest.config.mts (pass import.meta.url). */
  configUrl: string;
  /** Nx project name, shown in test output. */
  name: string;
  /** 'node' for server code, 'happy-dom' for components. */
  environment?: 'node' | 'happy-dom';
  plugins?: PluginOption[];
  /** Per-test limit in ms; browser and process tests need more than the 30 s default. */
  testTimeout?: number;
  /** Limit for beforeAll/afterAll in ms, e.g. starting a built server. */
  hookTimeout?: number;
}

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where each project's machine-readable results go; `npm test` adds them up for its closing line. */
export const testResultsDir = `${workspaceRoot}tmp/test-results`;

/** Tests live beside the code and are named `*.unit.spec.ts`, `*.int.spec.ts` or `*.e2e.spec.ts`. */
export function projectTestConfig(options: ProjectTestOptions) {
  const root = fileURLToPath(new URL('.', options.configUrl));
  return defineConfig({
    root,
    plugins: options.plugins ?? [],
    resolve: { tsconfigPaths: true },
    test: {
      name: options.name,
      include: ['src/**/*.{unit,int,e2e}.spec.ts', 'tests/**/*.{unit,int,e2e}.spec.ts'],
      environment: options.environment ?? 'node',
      testTimeout: options.testTimeout ?? 30_000,
      hookTimeout: options.hookTimeout ?? 60_000,
      // A test file that exists but runs nothing is a mistake, not a pass.
      passWithNoTests: false,
      reporters: ['default', 'json'],
      outputFile: { json: `${testResultsDir}/${options.name}.json` },
    },
  });
}
