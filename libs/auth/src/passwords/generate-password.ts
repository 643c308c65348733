import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the generated password is read off a log and typed by a person.
const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password from a cryptographic source; 20 characters give about 117 bits. */
export function generatePassword(length = 20): string {
  let password = '';
  for (let i = 0; i < length; i += 1) password += alphabet[randomInt(alphabet.length)];
  return password;
}
