import vue from '@vitejs/plugin-vue';
import { projectTestConfig } from '../../../tools/vitest/preset.mts';

export default projectTestConfig({
  configUrl: import.meta.url,
  name: 'admin-feature-indicators',
  environment: 'happy-dom',
  plugins: [vue()],
});
