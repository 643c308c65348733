/**
 * The little the SQL event store needs from a PostgreSQL connection. PGlite and node-postgres
 * each get a thin wrapper, so the store's SQL exists exactly once.
 */
export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** One parameterised statement; rows come back as plain objects. */
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters, in one round trip (migrations). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/** A PostgreSQL error as both drivers report it. */
export interface SqlError {
  code?: string;
  detail?: string;
  message: string;
}

export function isSqlError(error: unknown): error is SqlError {
  return typeof error === 'object' && error !== null && 'message' in error;
}
