import { chainHash, eventDigest, genesisHash, type ChainedEventContent } from '@goaltrail/event-store-port';
import { isJsonObject, type ChainLink } from './metadata.mapper';

/**
 * The hash chain for KurrentDB. KurrentDB offers no transaction spanning "read the newest hash"
 * and "append the next event", so each event carries its own link in its metadata and the chain
 * follows the order of $all. That order is only a chain if one process writes to the store:
 * the adapter serialises its own appends, but two writing processes would interleave their links.
 */

/** An event about to be appended, in the shape its digest covers. */
export type ChainedEvent = Omit<ChainedEventContent, 'streamId'>;

/** Links a batch that will land at `firstRevision` onwards, continuing from `previous`. */
export function linkBatch<T extends ChainedEvent>(
  previous: Buffer,
  streamId: string,
  firstRevision: number,
  events: readonly T[],
): { event: T; link: ChainLink }[] {
  let prev = previous;
  return events.map((event, index) => {
    const digest = eventDigest({
      streamId,
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
    });
    const hash = chainHash(prev, firstRevision + index, digest);
    const link = { digest: digest.toString('hex'), hash: hash.toString('hex'), prev: prev.toString('hex') };
    prev = hash;
    return { event, link };
  });
}

/** Outcome of checking one stored event against the chain so far. */
export type LinkCheck = { ok: true; hash: Buffer } | { ok: false; problem: string };

/**
 * Recomputes one event's digest and link. `previous` is the hash of the event before it in $all
 * (the genesis hash for the first); `link` is the event's stored `$chain`.
 */
export function checkLink(previous: Buffer, content: ChainedEventContent, revision: number, link: unknown): LinkCheck {
  const stored = parseChainLink(link);
  if (!stored) return { ok: false, problem: 'it carries no valid $chain link (it was not written by goaltrail)' };
  if (stored.prev !== previous.toString('hex')) {
    return { ok: false, problem: 'it does not link to the event before it (an event was removed, added or reordered)' };
  }
  const digest = eventDigest(content);
  if (stored.digest !== digest.toString('hex')) {
    return { ok: false, problem: 'it does not match its digest: its content was changed' };
  }
  const hash = chainHash(previous, revision, digest);
  if (stored.hash !== hash.toString('hex')) {
    return { ok: false, problem: 'it does not match its chain hash: its link or revision was changed' };
  }
  return { ok: true, hash };
}

/** The hash the next event must link to, given the newest stored event's `$chain` (if any). */
export function hashAfter(link: unknown): Buffer {
  const stored = parseChainLink(link);
  // A newest event without a link was not written by this adapter; verify() reports it, and the
  // chain restarts from genesis after it rather than blocking every future append.
  return stored ? Buffer.from(stored.hash, 'hex') : genesisHash;
}

const sha256Hex = /^[0-9a-f]{64}$/;

/** A stored `$chain` value, if it has the right shape. */
export function parseChainLink(value: unknown): ChainLink | null {
  if (!isJsonObject(value)) return null;
  const { digest, hash, prev } = value;
  if (typeof digest !== 'string' || typeof hash !== 'string' || typeof prev !== 'string') return null;
  if (![digest, hash, prev].every((hex) => sha256Hex.test(hex))) return null;
  return { digest, hash, prev };
}
