import { projectTestConfig } from '../../tools/vitest/preset.mts';

// Each test drives a real browser against the built API; starting both takes a while on 2 cores.
export default projectTestConfig({
  configUrl: import.meta.url,
  name: 'admin-e2e',
  testTimeout: 60_000,
  hookTimeout: 120_000,
});
