import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API serves the built SPA at `/`; in development Vite proxies /api to a running API.
export default defineConfig({
  root,
  plugins: [vue()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
  },
  server: {
    port: 4200,
    proxy: { '/api': `http://localhost:${process.env['API_PORT'] ?? 3000}` },
  },
});
