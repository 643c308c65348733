/** Event envelope types: new and recorded events, metadata, JSON values, positions. */
export type {
  EventMetadata,
  EventMetadataInput,
  GlobalPosition,
  JsonObject,
  JsonValue,
  NewEvent,
  RecordedEvent,
} from './event';
/** The EventStore port and the option and result types of its operations. */
export type {
  ActualRevision,
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  VerifyOptions,
  VerifyResult,
} from './event-store';
/** Typed errors every adapter raises. */
export {
  EventStoreError,
  EventStoreUnavailableError,
  InvalidAppendError,
  InvalidPositionError,
  WrongExpectedRevisionError,
  type InvalidAppendReason,
} from './errors';
/** Validation shared by every adapter, run before anything is written. */
export { validateAppend, assertExpectedRevision, defaultMaxEventBytes, type ValidatedEvent } from './validate-append';
/** The tamper-evident hash chain: canonical JSON, event digests and chain links. */
export {
  canonicalEventDigest,
  canonicalJson,
  chainHash,
  eventDigest,
  genesisHash,
  type ChainedEventContent,
} from './hash-chain';
/** Read-time schema upgrades. */
export { UpcasterRegistry, type Upcaster } from './upcasting';
