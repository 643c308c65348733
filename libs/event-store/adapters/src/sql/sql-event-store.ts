import {
  defaultMaxEventBytes,
  InvalidAppendError,
  UpcasterRegistry,
  validateAppend,
  WrongExpectedRevisionError,
  type ActualRevision,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type GlobalPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type Upcaster,
  type VerifyOptions,
  type VerifyResult,
} from '@goaltrail/event-store-port';
import { EventEmitter } from 'node:events';
import { appendPayload } from './append-payload';
import { toRecordedEvent } from './event-row';
import { migrate } from './schema/migrate';
import { refreshPlannerStatistics } from './schema/planner-statistics';
import { assertSchemaName } from './schema/schema-name';
import { isSqlError, type SqlClient } from './sql-client';
import { readAllPages, readStreamPages } from './sql-reads';
import { storeStatements, type StoreStatements } from './sql-statements';
import { sqlSubscription } from './sql-subscription';
import { verifyChain } from './sql-verify';

/** Options shared by every adapter. */
export interface EventStoreOptions {
  /** The store's clock for `recordedAt`; tests pass a fixed one. */
  clock?: () => Date;
  upcasters?: readonly Upcaster[];
  maxEventBytes?: number;
  /** How often a live subscription looks for events written by other processes. */
  pollIntervalMs?: number;
}

/** The event store on PostgreSQL or PGlite: the same SQL over either driver. */
export class SqlEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly upcasters: UpcasterRegistry;
  private readonly clock: () => Date;
  private readonly statements: StoreStatements;

  private constructor(
    private readonly client: SqlClient,
    private readonly schema: string,
    private readonly options: EventStoreOptions,
  ) {
    this.upcasters = new UpcasterRegistry(options.upcasters);
    this.clock = options.clock ?? (() => new Date());
    this.statements = storeStatements(schema);
  }

  /** Migrates the schema (creating it if needed) and returns a ready store. */
  static async open(client: SqlClient, schema: string, options: EventStoreOptions = {}): Promise<SqlEventStore> {
    await migrate(client, assertSchemaName(schema));
    await refreshPlannerStatistics(client, schema);
    return new SqlEventStore(client, schema, options);
  }

  get kind(): 'pglite' | 'postgres' {
    return this.client.kind;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const expected = options?.expectedRevision;
    const recordedAt = this.clock().toISOString();
    const validated = validateAppend(streamId, events, expected, recordedAt, this.options.maxEventBytes ?? defaultMaxEventBytes);
    try {
      const payload = appendPayload(streamId, validated);
      const [row] = await this.client.runPrepared(this.statements.append, [streamId, String(expected), payload.events, payload.digests]);
      if (!row?.next_revision || !row.last_position) throw new Error('gt_append returned no row');
      this.appended.emit('append');
      return { nextExpectedRevision: Number(row.next_revision), position: row.last_position };
    } catch (error) {
      throw this.translate(error, streamId, options.expectedRevision);
    }
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const page of readStreamPages(this.client, this.statements, streamId, options)) {
      for (const row of page) yield toRecordedEvent(row, this.upcasters);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    for await (const page of readAllPages(this.client, this.statements, options)) {
      for (const row of page) yield toRecordedEvent(row, this.upcasters);
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const source = {
      readPage: async (after: GlobalPosition | undefined, streamPrefix: string | undefined) => {
        const page: RecordedEvent[] = [];
        for await (const event of this.readAll({ fromPosition: after, streamPrefix, maxCount: 500 })) page.push(event);
        return page;
      },
      waitForAppend: (pollMs: number) =>
        new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            this.appended.off('append', done);
            resolve();
          };
          const timer = setTimeout(done, pollMs);
          this.appended.once('append', done);
        }),
    };
    return sqlSubscription(source, options, this.options.pollIntervalMs ?? 250);
  }

  async streamRevision(streamId: string): Promise<ActualRevision> {
    const [row] = await this.client.query<{ revision: string | number | null }>(
      `SELECT max(stream_revision) AS revision FROM ${this.schema}.events WHERE stream_id = $1`,
      [streamId],
    );
    return row?.revision === null || row?.revision === undefined ? 'no_stream' : Number(row.revision);
  }

  async headPosition(): Promise<GlobalPosition | null> {
    const [row] = await this.client.query<{ position: string | null }>(
      `SELECT max(global_position)::text AS position FROM ${this.schema}.events`,
    );
    return row?.position ?? null;
  }

  verify(options?: VerifyOptions): Promise<VerifyResult> {
    return verifyChain(this.client, this.schema, options);
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
    await this.client.close();
  }

  private translate(error: unknown, streamId: string, expected: AppendOptions['expectedRevision']): unknown {
    if (!isSqlError(error)) return error;
    if (error.code === 'GT409') {
      const actual = error.detail === 'no_stream' || error.detail === undefined ? 'no_stream' : Number(error.detail);
      return new WrongExpectedRevisionError(streamId, expected, actual);
    }
    if (error.code === 'GT422') {
      return new InvalidAppendError(
        'DUPLICATE_EVENT_ID',
        `Some of these events are already in stream "${streamId}" and some are not; retry the same batch or use new ids`,
        ['events'],
      );
    }
    return error;
  }
}
