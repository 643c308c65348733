import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API serves the built SPA at `/`; in development Vite proxies /api to a running API.
export default defineConfig({
  root,
  // Every component uses <script setup>: dropping the Options API saves its share of Vue's runtime.
  plugins: [vue({ features: { optionsAPI: false } })],
  resolve: { tsconfigPaths: true },
  define: {
    // vue-i18n in Composition API mode only, without devtools hooks: the bundler build's flags.
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
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
