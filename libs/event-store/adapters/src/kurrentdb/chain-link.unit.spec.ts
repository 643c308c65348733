import { chainHash, eventDigest, genesisHash } from '@goaltrail/event-store-port';
import { describe, expect, it } from 'vitest';
import { checkLink, hashAfter, linkBatch, parseChainLink } from './chain-link';

const metadata = { actor: 'anna', role: 'planner', effectiveAt: '2021-01-01', recordedAt: '2026-03-01T09:00:00.000Z' };
const event = (text: string, id: string) => ({ id, type: 'GoalReworded', schemaVersion: 1, data: { text }, metadata });
const eventA = event('a', '00000000-0000-4000-8000-000000000001');
const eventB = event('b', '00000000-0000-4000-8000-000000000002');
const batch = [eventA, eventB];

/** The linked batch as a pair, failing loudly if linkBatch dropped an event. */
function linkedPair() {
  const [a, b] = linkBatch(genesisHash, 'goal-1', 0, batch);
  if (!a || !b) throw new Error('linkBatch lost an event');
  return [a, b] as const;
}

describe('linking a batch', () => {
  it('chains each event to the one before, at the revisions the batch lands at', () => {
    const [first, second] = linkBatch(genesisHash, 'goal-1', 5, batch);
    const digestA = eventDigest({ ...eventA, streamId: 'goal-1' });
    const hashA = chainHash(genesisHash, 5, digestA);
    expect(first?.link).toEqual({ digest: digestA.toString('hex'), hash: hashA.toString('hex'), prev: '0'.repeat(64) });
    expect(second?.link.prev).toBe(hashA.toString('hex'));
    expect(second?.link.hash).toBe(chainHash(hashA, 6, eventDigest({ ...eventB, streamId: 'goal-1' })).toString('hex'));
    expect(first?.event).toBe(eventA);
  });

  it('continues from the newest stored link, or from genesis when there is none', () => {
    const [{ link } = { link: null }] = linkBatch(genesisHash, 'goal-1', 0, batch);
    expect(hashAfter(link).toString('hex')).toBe(link?.hash);
    expect(hashAfter(undefined)).toEqual(genesisHash);
    expect(hashAfter({ hash: 'not hex' })).toEqual(genesisHash);
  });
});

describe('checking a stored link', () => {
  const [a, b] = linkedPair();
  const contentOf = (linked: typeof a, overrides = {}) => ({ ...linked.event, streamId: 'goal-1', ...overrides });

  it('accepts an untouched chain and hands on each hash', () => {
    const first = checkLink(genesisHash, contentOf(a), 0, a.link);
    expect(first).toEqual({ ok: true, hash: Buffer.from(a.link.hash, 'hex') });
    expect(first.ok && checkLink(first.hash, contentOf(b), 1, b.link).ok).toBe(true);
  });

  it('names changed content', () => {
    const check = checkLink(genesisHash, contentOf(a, { data: { text: 'A' } }), 0, a.link);
    expect(check).toEqual({ ok: false, problem: expect.stringMatching(/content was changed/) });
  });

  it('names a changed revision', () => {
    expect(checkLink(genesisHash, contentOf(a), 1, a.link)).toEqual({ ok: false, problem: expect.stringMatching(/chain hash/) });
  });

  it('names a removed or reordered event', () => {
    expect(checkLink(genesisHash, contentOf(b), 1, b.link)).toEqual({ ok: false, problem: expect.stringMatching(/removed/) });
  });

  it('names an event without a link', () => {
    expect(checkLink(genesisHash, contentOf(a), 0, undefined)).toEqual({ ok: false, problem: expect.stringMatching(/\$chain/) });
  });

  it('parses only well-formed links', () => {
    expect(parseChainLink(a.link)).toEqual(a.link);
    expect(parseChainLink({ ...a.link, hash: 'ABC' })).toBeNull();
    expect(parseChainLink({ digest: a.link.digest })).toBeNull();
    expect(parseChainLink('link')).toBeNull();
  });
});
