import { projectTestConfig } from '../../tools/vitest/preset.mts';

// Each file starts the built API and a browser; on 2 cores they run one file at a time.
const config = projectTestConfig({
  configUrl: import.meta.url,
  name: 'admin-e2e',
  testTimeout: 60_000,
  hookTimeout: 120_000,
});
config.test = { ...config.test, fileParallelism: false };

export default config;
