/**
 * The little the SQL event store needs from a PostgreSQL connection. PGlite and node-postgres
 * each get a thin wrapper, so the store's SQL exists exactly once.
 */
export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** One parameterised statement; rows come back as plain objects. */
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * Runs a statement the client parses and plans once, then only binds and executes: the append's hot
   * path. Parameters go and cells come back as PostgreSQL's text, so both drivers answer alike.
   */
  runPrepared(statement: PreparedStatement, params: readonly string[]): Promise<TextRow[]>;
  /** Several statements without parameters, in one round trip (migrations). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/** A statement prepared once per connection and then run by name. */
export interface PreparedStatement {
  /** Names one text for the life of a connection; PostgreSQL keeps 63 characters of it. */
  readonly name: string;
  readonly text: string;
}

/** A row of a prepared statement's answer: each cell as PostgreSQL writes it in text, or null. */
export type TextRow = Readonly<Record<string, string | null>>;

/** A PostgreSQL error as both drivers report it. */
export interface SqlError {
  code?: string;
  detail?: string;
  message: string;
}

export function isSqlError(error: unknown): error is SqlError {
  return typeof error === 'object' && error !== null && 'message' in error;
}
