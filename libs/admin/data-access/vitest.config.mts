import { projectTestConfig } from '../../../tools/vitest/preset.mts';

// Stores run in Node so their tests go through Node's real fetch to a real HTTP server.
export default projectTestConfig({ configUrl: import.meta.url, name: 'admin-data-access' });
