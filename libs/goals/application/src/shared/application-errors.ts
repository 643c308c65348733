/**
 * A read-only role tried to change something. The HTTP guards refuse such requests first (403);
 * this is the second fence, so no other entry point (CLI, a forgotten guard) can write as an auditor.
 */
export class ReadOnlyRoleError extends Error {
  override readonly name = 'ReadOnlyRoleError';
  constructor(
    readonly username: string,
    readonly role: string,
  ) {
    super(`${username} has the read-only role "${role}" and cannot change anything`);
  }
}
