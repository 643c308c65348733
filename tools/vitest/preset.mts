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
}

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
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // A test file that exists but runs nothing is a mistake, not a pass.
      passWithNoTests: false,
      reporters: ['default'],
    },
  });
}
