import { projectTestConfig } from '../../../tools/vitest/preset.mts';

export default projectTestConfig({ configUrl: import.meta.url, name: 'admin-util', environment: 'happy-dom' });
