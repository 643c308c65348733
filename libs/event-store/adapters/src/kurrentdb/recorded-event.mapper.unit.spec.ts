import { UpcasterRegistry } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { chainedContentOf, inScope, isSystemEvent, toRecordedEvent, type KurrentRecord } from './recorded-event.mapper';

const metadata = { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01', recordedAt: '2026-03-01T09:00:00.000Z' };
const link = { digest: 'a'.repeat(64), hash: 'b'.repeat(64), prev: '0'.repeat(64) };

/** A recorded event in the shape the client yields from readAll. */
function stored(overrides: Partial<KurrentRecord> = {}): KurrentRecord & { isJson: boolean; created: Date } {
  return {
    streamId: 'ns-goal-1',
    id: '0F8FAD5B-D9CB-469F-A165-70867728950E',
    revision: 3n,
    type: 'GoalAdded',
    isJson: true,
    created: new Date('2026-03-01T09:00:00.123Z'),
    data: { text: 'Trygg kommun' },
    metadata: { ...metadata, $schemaVersion: 1, $chain: link },
    position: { commit: 20_480n, prepare: 20_100n },
    ...overrides,
  };
}

const noUpcasters = new UpcasterRegistry();

describe('stored event → RecordedEvent', () => {
  it('maps revision, position, id and metadata, without our reserved keys', () => {
    expect(toRecordedEvent(stored(), 'ns-', noUpcasters)).toEqual({
      streamId: 'goal-1',
      revision: 3,
      position: '20480/20100',
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'GoalAdded',
      schemaVersion: 1,
      storedSchemaVersion: 1,
      data: { text: 'Trygg kommun' },
      metadata,
    });
  });

  it('upcasts on read and keeps the stored version', () => {
    const upcasters = new UpcasterRegistry([
      { type: 'GoalAdded', fromVersion: 1, upcast: ({ text, ...rest }) => ({ ...rest, wording: text ?? null }) },
    ]);
    const event = toRecordedEvent(stored(), 'ns-', upcasters);
    expect(event).toMatchObject({ schemaVersion: 2, storedSchemaVersion: 1, data: { wording: 'Trygg kommun' } });
  });

  it('throws on a revision beyond Number.MAX_SAFE_INTEGER', () => {
    expect(() => toRecordedEvent(stored({ revision: 2n ** 53n }), 'ns-', noUpcasters)).toThrow(RangeError);
  });

  it('refuses events it cannot represent, naming the event', () => {
    expect(() => toRecordedEvent(stored({ position: undefined }), 'ns-', noUpcasters)).toThrow(/without a position/);
    expect(() => toRecordedEvent(stored({ data: new Uint8Array([1]) }), 'ns-', noUpcasters)).toThrow(/not a JSON object/);
    expect(() => toRecordedEvent(stored({ metadata: { actor: 'x' } }), 'ns-', noUpcasters)).toThrow(/ns-goal-1/);
  });
});

describe('which events a reader sees', () => {
  it.each([
    ['$stats-127.0.0.1:2113', '$statsCollected'],
    ['$$goal-1', '$metadata'],
    ['$ce-goal', '$>'],
    ['$projections-$all', 'ProjectionUpdated'],
    ['goal-1', '$>'],
  ])('skips the system event %s / %s', (streamId, type) => {
    expect(isSystemEvent({ streamId, type })).toBe(true);
    expect(inScope({ streamId, type }, { namespace: '' })).toBe(false);
  });

  it('keeps caller events of the namespace and stream prefix only', () => {
    expect(isSystemEvent({ streamId: 'goal-1', type: 'GoalAdded' })).toBe(false);
    expect(inScope({ streamId: 'goal-1', type: 'GoalAdded' }, { namespace: '' })).toBe(true);
    expect(inScope({ streamId: 'ns-goal-1', type: 'GoalAdded' }, { namespace: 'ns-' })).toBe(true);
    expect(inScope({ streamId: 'other-goal-1', type: 'GoalAdded' }, { namespace: 'ns-' })).toBe(false);
    expect(inScope({ streamId: 'ns-plan-1', type: 'PlanAdopted' }, { namespace: 'ns-', streamPrefix: 'plan-' })).toBe(true);
    expect(inScope({ streamId: 'ns-goal-1', type: 'GoalAdded' }, { namespace: 'ns-', streamPrefix: 'plan-' })).toBe(false);
  });
});

describe('what the chain covers', () => {
  it('is the stored content before upcasting, with the full stream name and a lower-case id', () => {
    expect(chainedContentOf(stored())).toEqual({
      content: {
        streamId: 'ns-goal-1',
        id: '0f8fad5b-d9cb-469f-a165-70867728950e',
        type: 'GoalAdded',
        schemaVersion: 1,
        data: { text: 'Trygg kommun' },
        metadata,
      },
      link,
    });
  });

  it('reports events that cannot be in the chain', () => {
    expect(chainedContentOf(stored({ metadata: undefined }))).toEqual({ problem: expect.stringMatching(/metadata/) });
    expect(chainedContentOf(stored({ data: 'text' }))).toEqual({ problem: expect.stringMatching(/data/) });
  });
});
