import { describe, expect, it } from 'vitest';
import { openPgliteClient, pgliteStartParams } from './pglite-client';

/** The settings PostgreSQL runs with; shared_buffers is counted in 8 kB blocks. */
async function settings(bufferPool?: '32MB') {
  const client = await openPgliteClient(undefined, bufferPool ? { bufferPool } : {});
  try {
    return await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('shared_buffers', 'max_parallel_workers', 'search_path') ORDER BY name`,
    );
  } finally {
    await client.close();
  }
}

describe('the embedded PGlite client', () => {
  it("starts PostgreSQL as PGlite does, with PGlite's 128 MB buffer pool", async () => {
    expect(await settings()).toEqual([
      { name: 'max_parallel_workers', setting: '0' },
      { name: 'search_path', setting: 'public' },
      { name: 'shared_buffers', setting: String((128 * 1024) / 8) },
    ]);
  });

  it('takes a smaller buffer pool when asked', async () => {
    expect((await settings('32MB')).find((row) => row.name === 'shared_buffers')?.setting).toBe(String((32 * 1024) / 8));
  });

  it('refuses a buffer pool that is not a size', () => {
    expect(() => pgliteStartParams('32 MB' as never)).toThrow(/such as 32MB/);
    expect(() => pgliteStartParams('0MB')).toThrow(RangeError);
  });
});
