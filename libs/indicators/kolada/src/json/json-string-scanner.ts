import type { KoladaFileError } from '../kolada-file-error';
import { hexDigitValue, simpleEscapes } from './json-text';

const NOT_ESCAPING = 0;
const AFTER_BACKSLASH = 1;
const IN_UNICODE_ESCAPE = 2;

/**
 * Reads one JSON string's characters, after its opening quote, from as many pieces of text as it
 * spans; an escape may be cut anywhere, even between the digits of `\uXXXX`.
 */
export class JsonStringScanner {
  /** The decoded text so far; the whole string once `scan` has found the closing quote. */
  value = '';
  private escape = NOT_ESCAPING;
  private unicodeDigits = 0;
  private unicodeValue = 0;

  constructor(private readonly fail: (detail: string) => KoladaFileError) {}

  /** Continues from `from`: the index after the closing quote, or -1 when the text ends first. */
  scan(text: string, from: number): number {
    const length = text.length;
    let index = from;
    if (this.escape !== NOT_ESCAPING) {
      index = this.scanEscape(text, index);
      if (this.escape !== NOT_ESCAPING) return -1;
    }
    let segment = index;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        // Most strings sit whole inside one piece and have no escape: one slice, no concatenation.
        this.value = this.value === '' ? text.slice(segment, index) : this.value + text.slice(segment, index);
        return index + 1;
      }
      if (code === 0x5c) {
        this.value += text.slice(segment, index);
        this.escape = AFTER_BACKSLASH;
        index = this.scanEscape(text, index + 1);
        if (this.escape !== NOT_ESCAPING) return -1;
        segment = index;
      } else if (code < 0x20) {
        // A raw line break is where an unterminated string usually shows itself.
        throw this.fail(code === 0x0a ? 'unterminated string' : 'unescaped control character in a string');
      } else index += 1;
    }
    this.value += text.slice(segment, length);
    return -1;
  }

  /** Hands over the finished string and gets ready for the next. */
  take(): string {
    const value = this.value;
    this.value = '';
    return value;
  }

  private scanEscape(text: string, from: number): number {
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      index += 1;
      if (this.escape === AFTER_BACKSLASH) {
        const simple = simpleEscapes.get(code);
        if (simple !== undefined) {
          this.value += simple;
          this.escape = NOT_ESCAPING;
          return index;
        }
        if (code !== 0x75) {
          // Only ASCII is named: a character of two halves could be cut between pieces here.
          const what = code < 0x80 ? JSON.stringify(String.fromCharCode(code)) : 'a non-ASCII character';
          throw this.fail(`invalid escape in a string: a backslash before ${what}`);
        }
        this.escape = IN_UNICODE_ESCAPE;
        this.unicodeDigits = 0;
        this.unicodeValue = 0;
        continue;
      }
      const digit = hexDigitValue(code);
      if (digit < 0) throw this.fail('invalid \\u escape in a string: expected four hex digits');
      this.unicodeValue = this.unicodeValue * 16 + digit;
      this.unicodeDigits += 1;
      if (this.unicodeDigits === 4) {
        // Surrogate halves are appended one at a time; two in a row make the pair, as with JSON.parse.
        this.value += String.fromCharCode(this.unicodeValue);
        this.escape = NOT_ESCAPING;
        return index;
      }
    }
    return index;
  }
}
