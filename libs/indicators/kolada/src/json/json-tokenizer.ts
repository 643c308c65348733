import { KoladaFileError, type KoladaFileProblem } from '../kolada-file-error';
import type { JsonEvents } from './json-events';
import { JsonPath } from './json-path';
import { JsonStringScanner } from './json-string-scanner';
import { describeCharacter, isBareTokenCharacter, jsonNumber, parsePlainNumber } from './json-text';

// What may come next. A piece of text can end anywhere, so the state between pieces is this number,
// the open containers and an unfinished token's text, never the text already read.
const EXPECT_VALUE = 0;
const EXPECT_VALUE_OR_END = 1; // right after "["
const EXPECT_KEY_OR_END = 2; // right after "{"
const EXPECT_KEY = 3; // after "," in an object
const EXPECT_COLON = 4;
const EXPECT_COMMA_OR_END = 5;
const EXPECT_NOTHING = 6; // after the document's value
const IN_STRING = 7;
const IN_BARE_TOKEN = 8; // a number, true, false or null

/**
 * An incremental JSON tokenizer: `write` the text in pieces cut anywhere, then `end`. It checks the
 * whole JSON grammar, reports tokens to its receiver and counts lines, so that every problem, its own
 * or the receiver's, names a 1-based line and a JSON path.
 */
export class JsonTokenizer {
  /** The current 1-based line; no token spans lines, so it is also the current token's line. */
  line = 1;
  readonly path = new JsonPath();
  private mode = EXPECT_VALUE;
  private started = false;
  private readonly string = new JsonStringScanner((detail) => this.fail('syntax', detail));
  private stringIsKey = false;
  private bareToken = '';
  /** An unexpected half of a surrogate pair at the end of a piece. */
  private heldBack = '';

  constructor(private readonly receiver: JsonEvents) {}

  /** A problem at the current path, on the current line unless another is given. */
  fail(problem: KoladaFileProblem, detail: string, line = this.line): KoladaFileError {
    return new KoladaFileError(problem, line, this.path.toString(), detail);
  }

  write(piece: string): void {
    const text = this.heldBack === '' ? piece : this.takeHeldBack() + piece;
    const length = text.length;
    let index = 0;
    if (!this.started && length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) index = 1; // a byte order mark is not content
    }
    if (this.mode === IN_STRING) index = this.continueString(text, index);
    else if (this.mode === IN_BARE_TOKEN) index = this.scanBareToken(text, index);
    while (index < length) {
      // Ordered by how often each character starts a token in Kolada's compact JSON.
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        this.startString(text, index);
        index = this.continueString(text, index + 1);
      } else if (code === 0x3a) index = this.colon(text, index);
      else if (code === 0x2c) index = this.comma(text, index);
      else if (startsBareToken(code)) {
        this.expectValue(text, index);
        this.mode = IN_BARE_TOKEN;
        index = this.scanBareToken(text, index);
      } else if (code === 0x7b || code === 0x5b) index = this.open(text, index, code === 0x5b);
      else if (code === 0x7d || code === 0x5d) index = this.close(text, index, code === 0x5d);
      else if (code === 0x20 || code === 0x09 || code === 0x0d) index += 1;
      else if (code === 0x0a) {
        this.line += 1;
        index += 1;
      } else if (index === length - 1 && code >= 0xd800 && code <= 0xdbff) {
        // Half a character at a piece's end: wait for the rest, so that the message does not depend on
        // where the file was cut.
        this.heldBack = text.slice(index);
        index = length;
      } else throw this.unexpected(text, index);
    }
  }

  /** Ends the text: an unfinished token or container means the file was cut short. */
  end(): void {
    if (this.heldBack !== '') throw this.unexpected(this.heldBack, 0);
    if (this.mode === IN_STRING) throw this.fail('syntax', 'unexpected end of file inside a string');
    if (this.mode === IN_BARE_TOKEN) this.completeBareToken(this.bareToken);
    if (this.mode !== EXPECT_NOTHING) {
      throw this.fail('syntax', `unexpected end of file, expected ${this.expectation()}`);
    }
  }

  private expectValue(text: string, index: number): void {
    if (this.mode !== EXPECT_VALUE && this.mode !== EXPECT_VALUE_OR_END) throw this.unexpected(text, index);
  }

  private startString(text: string, index: number): void {
    if (this.mode === EXPECT_KEY_OR_END || this.mode === EXPECT_KEY) this.stringIsKey = true;
    else if (this.mode === EXPECT_VALUE || this.mode === EXPECT_VALUE_OR_END) this.stringIsKey = false;
    else throw this.unexpected(text, index);
    this.mode = IN_STRING;
  }

  private continueString(text: string, from: number): number {
    const next = this.string.scan(text, from);
    if (next < 0) return text.length;
    const value = this.string.take();
    if (this.stringIsKey) {
      this.path.setKey(value);
      this.mode = EXPECT_COLON;
      this.receiver.key(value);
    } else {
      this.receiver.scalar(value);
      this.afterValue();
    }
    return next;
  }

  private scanBareToken(text: string, from: number): number {
    const length = text.length;
    let index = from;
    while (index < length && isBareTokenCharacter(text.charCodeAt(index))) index += 1;
    if (index === length) this.bareToken += text.slice(from, index);
    else if (this.bareToken === '') {
      const number = parsePlainNumber(text, from, index);
      if (Number.isNaN(number)) this.completeBareToken(text.slice(from, index));
      else {
        this.receiver.scalar(number);
        this.afterValue();
      }
    } else {
      const token = this.bareToken + text.slice(from, index);
      this.bareToken = '';
      this.completeBareToken(token);
    }
    return index;
  }

  private completeBareToken(token: string): void {
    const first = token.charCodeAt(0);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d) {
      if (!jsonNumber.test(token)) throw this.fail('syntax', `invalid number ${token}`);
      this.receiver.scalar(Number(token));
    } else if (token === 'null') this.receiver.scalar(null);
    else if (token === 'true') this.receiver.scalar(true);
    else if (token === 'false') this.receiver.scalar(false);
    else throw this.fail('syntax', `expected a value, got ${JSON.stringify(token)}`);
    this.afterValue();
  }

  private colon(text: string, index: number): number {
    if (this.mode !== EXPECT_COLON) throw this.unexpected(text, index);
    this.mode = EXPECT_VALUE;
    return index + 1;
  }

  private comma(text: string, index: number): number {
    if (this.mode !== EXPECT_COMMA_OR_END) throw this.unexpected(text, index);
    if (this.path.topIsArray()) {
      this.path.nextIndex();
      this.mode = EXPECT_VALUE;
    } else this.mode = EXPECT_KEY;
    return index + 1;
  }

  private open(text: string, index: number, isArray: boolean): number {
    this.expectValue(text, index);
    // The receiver hears of it first, so that a container where none belongs is blamed on the member.
    if (isArray) this.receiver.startArray();
    else this.receiver.startObject();
    this.path.push(isArray);
    this.mode = isArray ? EXPECT_VALUE_OR_END : EXPECT_KEY_OR_END;
    return index + 1;
  }

  private close(text: string, index: number, isArray: boolean): number {
    const empty = this.mode === (isArray ? EXPECT_VALUE_OR_END : EXPECT_KEY_OR_END);
    const afterMember = this.mode === EXPECT_COMMA_OR_END && this.path.topIsArray() === isArray;
    if (!empty && !afterMember) throw this.unexpected(text, index);
    if (isArray) this.receiver.endArray();
    else this.receiver.endObject();
    this.path.pop();
    this.afterValue();
    return index + 1;
  }

  private afterValue(): void {
    if (this.path.depth === 0) this.mode = EXPECT_NOTHING;
    else {
      this.mode = EXPECT_COMMA_OR_END;
      // Between members the path names the container, not the member just read.
      if (this.path.topIsArray()) this.path.betweenIndices();
      else this.path.setKey(null);
    }
  }

  private takeHeldBack(): string {
    const heldBack = this.heldBack;
    this.heldBack = '';
    return heldBack;
  }

  private expectation(): string {
    const closing = this.path.topIsArray() ? '"]"' : '"}"';
    const expected = ['a value', 'a value or "]"', 'a key or "}"', 'a key', '":"', `"," or ${closing}`];
    return expected[this.mode] ?? 'the end of the file';
  }

  private unexpected(text: string, index: number): KoladaFileError {
    const got = describeCharacter(text, index);
    if (this.mode === EXPECT_NOTHING) {
      return this.fail('syntax', `unexpected ${got} after the end of the document`);
    }
    return this.fail('syntax', `expected ${this.expectation()}, got ${got}`);
  }
}

/** A digit or "-" (a number), or the first letter of true, false or null. */
function startsBareToken(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x74 || code === 0x66 || code === 0x6e;
}
