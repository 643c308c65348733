import { protocol } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { bindExecuteSync } from './pglite-wire';

describe('bindExecuteSync', () => {
  it('writes the very bytes of PGlite’s own Bind, Execute and Sync messages', () => {
    const params = ['goal-1', 'no_stream', '[{"text":"Trygghet för äldre – ✓"}]', ''];
    const expected = Buffer.concat([
      protocol.serialize.bind({ statement: 'gt_append_0123', values: params }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    ]);
    expect(Buffer.from(bindExecuteSync('gt_append_0123', params))).toEqual(expected);
  });
});
