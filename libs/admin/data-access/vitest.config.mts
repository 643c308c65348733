import vue from '@vitejs/plugin-vue';
import { projectTestConfig } from '../../../tools/vitest/preset.mts';

// Stores run in Node so their tests go through Node's fetch (a real HTTP server, or a stub at the
// fetch edge); component tests opt into happy-dom per file.
export default projectTestConfig({ configUrl: import.meta.url, name: 'admin-data-access', plugins: [vue()] });
