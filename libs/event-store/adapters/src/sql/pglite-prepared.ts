import { protocol, type PGlite } from '@electric-sql/pglite';
import type { PreparedStatement, TextRow } from './sql-client';

const { serialize } = protocol;

/**
 * Bind (every parameter in text format), Execute and Sync for a named statement, written straight into one
 * buffer, as the PostgreSQL protocol (v3) lays them out. PGlite's own serializer counts each string's UTF-8
 * bytes one character at a time in JavaScript and copies every message through growing buffers: for an
 * import's 15 MB batch that was about 130 ms, and on every single-event append a good part of its garbage.
 */
export function bindExecuteSync(statement: string, params: readonly string[]): Uint8Array {
  const lengths = params.map((param) => Buffer.byteLength(param, 'utf8'));
  const statementBytes = Buffer.byteLength(statement, 'utf8');
  // Bind: portal "", statement, a text format code per parameter, the parameters, no result format codes (all text).
  const bindLength = 4 + 1 + statementBytes + 1 + 2 + 2 * params.length + 2 + lengths.reduce((sum, length) => sum + 4 + length, 0) + 2;
  const executeLength = 4 + 1 + 4;
  const message = Buffer.allocUnsafe(1 + bindLength + 1 + executeLength + 1 + 4);
  let at = message.writeUInt8(0x42, 0); // 'B'
  at = message.writeInt32BE(bindLength, at);
  at = message.writeUInt8(0, at);
  at += message.write(statement, at, 'utf8');
  at = message.writeUInt8(0, at);
  at = message.writeInt16BE(params.length, at);
  for (let index = 0; index < params.length; index += 1) at = message.writeInt16BE(0, at);
  at = message.writeInt16BE(params.length, at);
  params.forEach((param, index) => {
    at = message.writeInt32BE(lengths[index] as number, at);
    at += message.write(param, at, 'utf8');
  });
  at = message.writeInt16BE(0, at);
  at = message.writeUInt8(0x45, at); // 'E': portal "", no row limit
  at = message.writeInt32BE(executeLength, at);
  at = message.writeUInt8(0, at);
  at = message.writeInt32BE(0, at);
  at = message.writeUInt8(0x53, at); // 'S'
  message.writeInt32BE(4, at);
  return message;
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const message = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  return message;
}

/**
 * Prepared statements on PGlite. Its `query` makes six protocol exchanges with the WebAssembly backend
 * (parse, describe, bind, describe, execute, sync), each costing about as much as a small insert; a
 * prepared statement is bound, executed and synced in one message. A single-event append measured
 * about 95 µs this way against about 200 µs through `query` (docs/performance.md).
 */
export class PglitePreparedStatements {
  /** Column names of each statement prepared on this connection. */
  private readonly columns = new Map<string, readonly string[]>();

  constructor(private readonly db: PGlite) {}

  run(statement: PreparedStatement, params: readonly string[]): Promise<TextRow[]> {
    // Exclusive, as `query` is: no other statement's messages may interleave with these.
    return this.db.runExclusive(async () => {
      const columns = this.columns.get(statement.name) ?? (await this.prepare(statement));
      const { messages } = await this.db.execProtocol(bindExecuteSync(statement.name, params));
      const rows: TextRow[] = [];
      for (const message of messages) {
        if (!(message instanceof protocol.messages.DataRowMessage)) continue;
        const row: Record<string, string | null> = {};
        columns.forEach((column, index) => (row[column] = message.fields[index] ?? null));
        rows.push(row);
      }
      return rows;
    });
  }

  private async prepare(statement: PreparedStatement): Promise<readonly string[]> {
    const { messages } = await this.db.execProtocol(
      joined([
        serialize.parse({ name: statement.name, text: statement.text }),
        serialize.describe({ type: 'S', name: statement.name }),
        serialize.sync(),
      ]),
    );
    const description = messages.find((message) => message instanceof protocol.messages.RowDescriptionMessage);
    const columns = description instanceof protocol.messages.RowDescriptionMessage ? description.fields.map((field) => field.name) : [];
    this.columns.set(statement.name, columns);
    return columns;
  }
}
