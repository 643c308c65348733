import { createHash } from 'node:crypto';

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name before it is written into SQL text (identifiers cannot be parameters). */
export function assertSchemaName(schema: string): string {
  if (!identifier.test(schema)) {
    throw new Error(`Invalid schema name "${schema}": use lower-case letters, digits and _ (max 63)`);
  }
  return schema;
}

/**
 * Advisory-lock keys derived from the schema name, so stores in different schemas of one
 * database never wait for each other.
 */
export function lockKeys(schema: string): { append: bigint; migrate: bigint } {
  const digest = createHash('sha256').update(`goaltrail:${schema}`).digest();
  const append = digest.readBigInt64BE(0);
  return { append, migrate: append ^ 1n };
}
