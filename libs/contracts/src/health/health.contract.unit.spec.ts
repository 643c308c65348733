import { describe, expect, it } from 'vitest';
import { healthResponseSchema } from './health.contract';

describe('health contract', () => {
  it('accepts a healthy answer', () => {
    const body = { status: 'ok', version: '0.1.0', eventStore: 'pglite', headPosition: null, startedAt: '2026-01-01T00:00:00.000Z' };
    expect(healthResponseSchema.parse(body)).toEqual(body);
  });

  it('rejects an unknown event store with the field path', () => {
    const result = healthResponseSchema.safeParse({
      status: 'ok',
      version: '0.1.0',
      eventStore: 'mysql',
      headPosition: '12',
      startedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['eventStore']);
  });
});
