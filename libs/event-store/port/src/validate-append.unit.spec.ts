import { describe, expect, it } from 'vitest';
import type { NewEvent } from './event';
import { InvalidAppendError } from './errors';
import { validateAppend } from './validate-append';

const recordedAt = '2026-03-01T10:00:00.000Z';
const event = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  id: '0b9f3a62-8d7e-4c1a-9f00-2a4b5c6d7e8f',
  type: 'GoalReworded',
  data: { text: 'Medborgarna ska anse att Nacka är en trygg kommun' },
  metadata: { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01' },
  ...overrides,
});

function refusal(attempt: () => unknown): InvalidAppendError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof InvalidAppendError) return error;
    throw error;
  }
  throw new Error('expected the append to be refused');
}

describe('validateAppend', () => {
  it('serialises a valid event once and stamps the store clock into metadata', () => {
    const [validated] = validateAppend('goal-1', [event()], 'any', recordedAt);
    expect(validated?.schemaVersion).toBe(1);
    expect(JSON.parse(validated?.metadataJson ?? '{}')).toMatchObject({ actor: 'anna', recordedAt });
    expect(JSON.parse(validated?.dataJson ?? '{}').text).toContain('trygg');
  });

  it('refuses an empty batch', () => {
    expect(refusal(() => validateAppend('goal-1', [], 'any', recordedAt)).code).toBe('EMPTY_BATCH');
  });

  it.each([[-1], [1.5], ['latest'], [null], [Number.NaN]])('refuses expected revision %s', (expected) => {
    const error = refusal(() => validateAppend('goal-1', [event()], expected, recordedAt));
    expect(error.code).toBe('INVALID_EXPECTED_REVISION');
    expect(error.path).toEqual(['expectedRevision']);
  });

  it('refuses reserved and empty stream ids', () => {
    expect(refusal(() => validateAppend('$all', [event()], 'any', recordedAt)).code).toBe('INVALID_STREAM_ID');
    expect(refusal(() => validateAppend('', [event()], 'any', recordedAt)).code).toBe('INVALID_STREAM_ID');
  });

  it('refuses data that JSON cannot hold, naming the path', () => {
    const error = refusal(() =>
      validateAppend('goal-1', [event({ data: { target: { value: Number.POSITIVE_INFINITY } } })], 'any', recordedAt),
    );
    expect(error.code).toBe('INVALID_EVENT');
    expect(error.path).toEqual(['events', 0, 'data', 'target', 'value']);
  });

  it('refuses class instances and functions hidden in data', () => {
    const withDate = event({ data: { at: new Date() as unknown as string } });
    expect(refusal(() => validateAppend('goal-1', [withDate], 'any', recordedAt)).path).toEqual(['events', 0, 'data', 'at']);
    const withFn = event({ data: { f: (() => 1) as unknown as string } });
    expect(refusal(() => validateAppend('goal-1', [withFn], 'any', recordedAt)).message).toMatch(/function/);
  });

  it('refuses an event over the size limit', () => {
    const big = event({ data: { text: 'x'.repeat(2000) } });
    const error = refusal(() => validateAppend('goal-1', [big], 'any', recordedAt, 1000));
    expect(error.code).toBe('EVENT_TOO_LARGE');
    expect(error.message).toMatch(/limit is 1000 bytes/);
  });

  it('refuses missing metadata fields, bad ids, bad types and duplicate ids', () => {
    const noActor = event({ metadata: { actor: '', role: 'planner', effectiveAt: '2021-01-01' } });
    expect(refusal(() => validateAppend('g', [noActor], 'any', recordedAt)).path).toEqual(['events', 0, 'metadata', 'actor']);
    expect(refusal(() => validateAppend('g', [event({ id: 'nope' })], 'any', recordedAt)).path).toEqual(['events', 0, 'id']);
    expect(refusal(() => validateAppend('g', [event({ type: 'goal reworded' })], 'any', recordedAt)).path).toEqual([
      'events',
      0,
      'type',
    ]);
    expect(refusal(() => validateAppend('g', [event(), event()], 'any', recordedAt)).code).toBe('DUPLICATE_EVENT_ID');
  });

  it('refuses an effective date that is not a date', () => {
    const bad = event({ metadata: { actor: 'a', role: 'planner', effectiveAt: 'next year' } });
    expect(refusal(() => validateAppend('g', [bad], 'any', recordedAt)).path).toEqual(['events', 0, 'metadata', 'effectiveAt']);
  });
});
