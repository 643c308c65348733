import { projectTestConfig } from '../vitest/preset.mts';

export default projectTestConfig({ configUrl: import.meta.url, name: 'workspace-lint' });
