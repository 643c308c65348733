import { describe } from 'vitest';
import { appendContract } from './append.contract';
import { concurrencyContract } from './concurrency.contract';
import type { OpenStore } from './contract-fixtures';
import { integrityContract } from './integrity.contract';
import { readContract } from './read.contract';

export type { ContractStoreOptions, OpenedStore, OpenStore } from './contract-fixtures';

/**
 * The one contract every event-store adapter must pass. `open` returns a fresh, empty store
 * each time it is called.
 */
export function describeEventStoreContract(label: string, open: OpenStore): void {
  describe(`EventStore contract: ${label}`, () => {
    appendContract(open);
    readContract(open);
    integrityContract(open);
    concurrencyContract(open);
  });
}
