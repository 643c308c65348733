import { hash, verify, type Options } from '@node-rs/argon2';

/** Hashes and checks passwords; an interface so the service does not care which algorithm runs. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash that cannot be read, never a throw. */
  verify(passwordHash: string, password: string): Promise<boolean>;
}

// Written out rather than left to the library's defaults, so an upgrade cannot weaken them silently:
// argon2id (2 in the package's const enum, which isolated modules cannot reference), 19 MiB, 2 passes,
// 1 lane — OWASP's minimum recommendation, about 50 ms on the build machines.
const options: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** argon2id via @node-rs/argon2; hashes are PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$…`). */
export const argon2idHasher: PasswordHasher = {
  hash: (password) => hash(password, options),
  async verify(passwordHash, password) {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  },
};
