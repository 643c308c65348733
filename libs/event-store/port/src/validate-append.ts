import type { NewEvent } from './event';
import type { ExpectedRevision } from './event-store';
import { canonicalText } from './canonical-text';
import { InvalidAppendError } from './errors';

/** KurrentDB's default maximum event size; the SQL stores keep to the same limit by default. */
export const defaultMaxEventBytes = 1024 * 1024;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const typePattern = /^[A-Za-z][A-Za-z0-9]*$/;
const maxStreamIdLength = 200;

/** An event after validation: its JSON serialised once, canonically, so adapters never do it twice. */
export interface ValidatedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  dataJson: string;
  metadataJson: string;
}

/**
 * Checks an append request completely before any backend sees it, so a bad request writes nothing.
 * `recordedAt` is the store's clock, stamped into every event's metadata.
 */
export function validateAppend(
  streamId: unknown,
  events: readonly NewEvent[],
  expectedRevision: unknown,
  recordedAt: string,
  maxEventBytes = defaultMaxEventBytes,
): ValidatedEvent[] {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > maxStreamIdLength) {
    throw new InvalidAppendError('INVALID_STREAM_ID', `Stream id must be 1–${maxStreamIdLength} characters`, ['streamId']);
  }
  if (streamId.startsWith('$')) {
    throw new InvalidAppendError('INVALID_STREAM_ID', 'Stream ids starting with "$" are reserved', ['streamId']);
  }
  assertExpectedRevision(expectedRevision);
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('EMPTY_BATCH', 'An append needs at least one event', ['events']);
  }
  const seen = new Set<string>();
  return events.map((event, index) => {
    const validated = validateEvent(event, index, recordedAt, maxEventBytes);
    if (seen.has(validated.id.toLowerCase())) {
      throw new InvalidAppendError('DUPLICATE_EVENT_ID', `Event id ${validated.id} appears twice in one append`, [
        'events',
        index,
        'id',
      ]);
    }
    seen.add(validated.id.toLowerCase());
    return validated;
  });
}

/** Throws InvalidAppendError unless the value is a valid ExpectedRevision. */
export function assertExpectedRevision(value: unknown): asserts value is ExpectedRevision {
  const valid =
    value === 'no_stream' ||
    value === 'stream_exists' ||
    value === 'any' ||
    (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
  if (!valid) {
    throw new InvalidAppendError(
      'INVALID_EXPECTED_REVISION',
      `expectedRevision must be a revision number ≥ 0, 'no_stream', 'stream_exists' or 'any' (got ${String(value)})`,
      ['expectedRevision'],
    );
  }
}

function validateEvent(event: NewEvent, index: number, recordedAt: string, maxEventBytes: number): ValidatedEvent {
  const at = (...path: (string | number)[]) => ['events', index, ...path];
  if (typeof event !== 'object' || event === null) {
    throw new InvalidAppendError('INVALID_EVENT', `Event ${index} is not an object`, at());
  }
  if (typeof event.id !== 'string' || !uuidPattern.test(event.id)) {
    throw new InvalidAppendError('INVALID_EVENT', `Event ${index} needs a UUID id`, at('id'));
  }
  if (typeof event.type !== 'string' || !typePattern.test(event.type) || event.type.length > 100) {
    throw new InvalidAppendError('INVALID_EVENT', `Event ${index} needs a PascalCase type name`, at('type'));
  }
  const schemaVersion = event.schemaVersion ?? 1;
  if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
    throw new InvalidAppendError('INVALID_EVENT', `Event ${index} has an invalid schemaVersion`, at('schemaVersion'));
  }
  const dataJson = toJsonObject(event.data, at('data'), `Event ${index} data`);
  const metadata = event.metadata;
  if (typeof metadata !== 'object' || metadata === null) {
    throw new InvalidAppendError('INVALID_EVENT', `Event ${index} needs metadata`, at('metadata'));
  }
  for (const field of ['actor', 'role', 'effectiveAt'] as const) {
    if (typeof metadata[field] !== 'string' || metadata[field].length === 0) {
      throw new InvalidAppendError('INVALID_EVENT', `Event ${index} metadata.${field} is required`, at('metadata', field));
    }
  }
  if (Number.isNaN(Date.parse(metadata.effectiveAt))) {
    throw new InvalidAppendError('INVALID_EVENT', `Event ${index} metadata.effectiveAt is not a date`, at('metadata', 'effectiveAt'));
  }
  const metadataJson = toJsonObject({ ...metadata, recordedAt }, at('metadata'), `Event ${index} metadata`);
  const bytes = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
  if (bytes > maxEventBytes) {
    throw new InvalidAppendError(
      'EVENT_TOO_LARGE',
      `Event ${index} is ${bytes} bytes; the limit is ${maxEventBytes} bytes`,
      at(),
    );
  }
  return { id: event.id.toLowerCase(), type: event.type, schemaVersion, dataJson, metadataJson };
}

/**
 * Serialises a value that must be a plain JSON object, in canonical form (sorted keys), refusing
 * anything JSON would silently change. Canonical text lets the hash chain digest the very string
 * that is stored, without parsing it again.
 */
function toJsonObject(value: unknown, path: (string | number)[], label: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidAppendError('INVALID_EVENT', `${label} must be a JSON object`, path);
  }
  return canonicalText(value) ?? explainNotJson(value, path, label);
}

/** Walks a value canonicalText refused, keeping the path, and throws at the first part that is not JSON. */
function explainNotJson(value: unknown, path: (string | number)[], label: string): never {
  const problem = firstNotJson(value, path);
  throw new InvalidAppendError('INVALID_EVENT', `${label} is not JSON: ${problem?.reason ?? 'it cannot be serialised'}`, problem?.path ?? path);
}

function firstNotJson(value: unknown, path: (string | number)[]): { reason: string; path: (string | number)[] } | null {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : { reason: `${value} is not a JSON number`, path };
  if (typeof value !== 'object') return { reason: `a ${typeof value} cannot be stored`, path };
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = firstNotJson(item, [...path, i]);
      if (problem) return problem;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return { reason: 'only plain objects are allowed', path };
  for (const key of Object.keys(value).sort()) {
    const problem = firstNotJson((value as Record<string, unknown>)[key], [...path, key]);
    if (problem) return problem;
  }
  return null;
}
