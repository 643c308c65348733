import type { SqlError } from './sql-client';

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

/** A failed statement as PostgreSQL's ErrorResponse reports it, shaped as both drivers' errors are. */
export class PgliteStatementError extends Error implements SqlError {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(message);
    this.name = 'PgliteStatementError';
  }
}

/**
 * The data rows of a backend's answer to bindExecuteSync, each cell as text (null for NULL), read straight
 * from the bytes: PGlite's parser copies every cell into a buffer of its own before decoding it, which was
 * most of the time spent reading events back. Throws the first ErrorResponse, after reading to the end.
 */
export function dataRows(answer: Uint8Array): (string | null)[][] {
  const bytes = Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength);
  const rows: (string | null)[][] = [];
  let error: PgliteStatementError | undefined;
  for (let at = 0; at + 5 <= bytes.length; ) {
    const type = bytes[at] as number;
    const end = at + 1 + bytes.readInt32BE(at + 1);
    if (type === 0x44 /* 'D' */) rows.push(cells(bytes, at + 5));
    else if (type === 0x45 /* 'E' */ && !error) error = errorOf(bytes, at + 5, end);
    at = end;
  }
  if (error) throw error;
  return rows;
}

function cells(bytes: Buffer, from: number): (string | null)[] {
  const count = bytes.readInt16BE(from);
  const row: (string | null)[] = new Array(count);
  let at = from + 2;
  for (let index = 0; index < count; index += 1) {
    const length = bytes.readInt32BE(at);
    at += 4;
    row[index] = length < 0 ? null : bytes.toString('utf8', at, at + length);
    if (length > 0) at += length;
  }
  return row;
}

function errorOf(bytes: Buffer, from: number, end: number): PgliteStatementError {
  const fields = new Map<string, string>();
  for (let at = from; at < end && bytes[at] !== 0; ) {
    const zero = bytes.indexOf(0, at + 1);
    fields.set(String.fromCharCode(bytes[at] as number), bytes.toString('utf8', at + 1, zero));
    at = zero + 1;
  }
  return new PgliteStatementError(fields.get('M') ?? 'the statement failed', fields.get('C'), fields.get('D'));
}
