import { describe, expect, it } from 'vitest';
import { openPgliteClient } from './pglite-client';

describe('the embedded PGlite client', () => {
  it('starts PostgreSQL with the small buffer pool and otherwise as PGlite does', async () => {
    const client = await openPgliteClient();
    try {
      const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
        `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'max_parallel_workers', 'search_path') ORDER BY name`,
      );
      // shared_buffers is counted in 8 kB blocks.
      expect(settings).toEqual([
        { name: 'max_parallel_workers', setting: '0', unit: null },
        { name: 'search_path', setting: 'public', unit: null },
        { name: 'shared_buffers', setting: String((32 * 1024) / 8), unit: '8kB' },
      ]);
    } finally {
      await client.close();
    }
  });
});
