import { createHash } from 'node:crypto';
import type { JsonObject, RecordedEvent } from '@goaltrail/event-store-port';
import { importerVersion } from '@goaltrail/importer';

/** Where an imported event came from; recorded as `metadata.extra.source` on every event of an import. */
export interface ImportSource {
  readonly fileName: string;
  /** sha256 of the text exactly as given (hex), so the same document is recognised when it comes again. */
  readonly sha256: string;
  readonly importerVersion: string;
}

/** The source of a document's text. Hashing lives here, not in the importer, which has no Node APIs. */
export function importSourceOf(text: string, fileName: string): ImportSource {
  return { fileName, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), importerVersion };
}

/** The envelope's `extra` value for an import. */
export function sourceExtra(source: ImportSource): JsonObject {
  return { source: { fileName: source.fileName, sha256: source.sha256, importerVersion: source.importerVersion } };
}

/** True when a stream already holds events imported from a text with this hash. */
export function importedBefore(events: readonly RecordedEvent[], sha256: string): boolean {
  return events.some((event) => {
    const source = event.metadata.extra?.['source'];
    return typeof source === 'object' && source !== null && !Array.isArray(source) && source['sha256'] === sha256;
  });
}
