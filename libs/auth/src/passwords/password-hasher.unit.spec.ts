import { describe, expect, it } from 'vitest';
import { argon2idHasher } from './password-hasher';
import { generatePassword } from './generate-password';

describe('argon2id hasher', () => {
  it('writes argon2id PHC strings with the configured cost and a fresh salt each time', async () => {
    const first = await argon2idHasher.hash('korrekt häst batteri');
    const second = await argon2idHasher.hash('korrekt häst batteri');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await argon2idHasher.hash('korrekt häst batteri');
    expect(await argon2idHasher.verify(hash, 'korrekt häst batteri')).toBe(true);
    expect(await argon2idHasher.verify(hash, 'korrekt hast batteri')).toBe(false);
  });

  it('answers false, not an exception, for a hash it cannot read', async () => {
    expect(await argon2idHasher.verify('not-a-hash', 'whatever')).toBe(false);
  });
});

describe('generatePassword', () => {
  it('gives 20 unambiguous characters, different every time', () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
