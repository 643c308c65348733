import { genesisHash, type VerifyOptions, type VerifyResult } from '@goaltrail/event-store-port';
import { checkLink } from './chain-link';
import type { KurrentDbClientLike } from './kurrentdb-client.types';
import { pageSize, readAllForwards, scopeFilter, type PositionedRecord } from './kurrentdb-reads';
import { formatPosition } from './position.mapper';
import { chainedContentOf, inScope, type EventScope } from './recorded-event.mapper';
import { toRevisionNumber } from './revision.mapper';

/**
 * Walks the scope's events in $all order from the start, recomputing each digest and chain link,
 * and stops at the first event that does not fit the chain; `checked` counts the sound ones.
 */
export async function verifyChain(
  client: KurrentDbClientLike,
  scope: EventScope,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  let previous = genesisHash;
  let checked = 0;
  for await (const record of readAllForwards(client, scopeFilter(scope))) {
    if (!inScope(record, scope)) continue;
    const stored = chainedContentOf(record);
    const check =
      'problem' in stored
        ? ({ ok: false, problem: stored.problem } as const)
        : checkLink(previous, stored.content, toRevisionNumber(record.revision), stored.link);
    if (!check.ok) return broken(record, checked, check.problem);
    previous = check.hash;
    checked += 1;
    if (checked % pageSize === 0) options.onProgress?.(checked);
  }
  options.onProgress?.(checked);
  return { ok: true, checked, firstBrokenPosition: null, problem: null };
}

function broken(record: PositionedRecord, checked: number, problem: string): VerifyResult {
  return {
    ok: false,
    checked,
    firstBrokenPosition: formatPosition(record.position),
    problem: `event ${formatPosition(record.position)} (${record.streamId}@${record.revision}): ${problem}`,
  };
}
