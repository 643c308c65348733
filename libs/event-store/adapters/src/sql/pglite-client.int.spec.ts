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

describe('prepared statements on the embedded client', () => {
  const statement = { name: 'add_numbers', text: 'SELECT ($1::int + $2::int)::text AS sum, $3::jsonb AS doc, NULL::text AS nothing' };

  it('prepares once and answers every run in text cells named by column', async () => {
    const client = await openPgliteClient();
    try {
      expect(await client.runPrepared(statement, ['1', '2', '{"b":1,"a":"å"}'])).toEqual([{ sum: '3', doc: '{"a": "å", "b": 1}', nothing: null }]);
      expect(await client.runPrepared(statement, ['40', '2', '[]'])).toEqual([{ sum: '42', doc: '[]', nothing: null }]);
    } finally {
      await client.close();
    }
  });

  it('sends long text and JSON whole, non-ASCII included', async () => {
    const client = await openPgliteClient();
    try {
      const long = 'Trygghet för äldre – ✓ '.repeat(5_000);
      const echo = { name: 'echo_long', text: 'SELECT $1::text AS text, length($1::text)::text AS chars, $2::jsonb ->> 0 AS first' };
      const [row] = await client.runPrepared(echo, [long, JSON.stringify([long, 1])]);
      expect(row).toEqual({ text: long, chars: String(long.length), first: long });
    } finally {
      await client.close();
    }
  });

  it('raises the database error of a failed run, and the connection serves the next one', async () => {
    const client = await openPgliteClient();
    try {
      await expect(client.runPrepared(statement, ['1', 'two', '{}'])).rejects.toMatchObject({ code: '22P02' });
      await expect(client.runPrepared(statement, ['1', '{}', 'not json'])).rejects.toMatchObject({ code: '22P02' });
      expect(await client.runPrepared(statement, ['2', '2', 'null'])).toEqual([{ sum: '4', doc: 'null', nothing: null }]);
      expect(await client.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await client.close();
    }
  });
});
