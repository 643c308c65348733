import { InvalidAppendError } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { classifyBatch, partialRepeatError } from './retry-check';
import type { KurrentRecord } from './recorded-event.mapper';

const storedAt = (revision: bigint): KurrentRecord => ({
  streamId: 'goal-1',
  id: `00000000-0000-4000-8000-00000000000${revision}`,
  revision,
  type: 'GoalAdded',
  data: {},
  metadata: {},
  position: { commit: 100n * revision, prepare: 100n * revision },
});

describe('a batch against its stream', () => {
  it('is new when none of its ids are stored', () => {
    expect(classifyBatch(2, [])).toEqual({ kind: 'new' });
  });

  it('is a retry when all are stored, answered by the newest of them', () => {
    const found = [storedAt(4n), storedAt(5n), storedAt(3n)];
    expect(classifyBatch(3, found)).toEqual({ kind: 'retry', last: found[1] });
  });

  it('is a partial repeat when only some are stored', () => {
    expect(classifyBatch(2, [storedAt(0n)])).toEqual({ kind: 'partial' });
    const error = partialRepeatError('goal-1');
    expect(error).toBeInstanceOf(InvalidAppendError);
    expect(error.code).toBe('DUPLICATE_EVENT_ID');
  });
});
