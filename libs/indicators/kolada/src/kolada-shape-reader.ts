import type { JsonEvents, JsonScalar } from './json/json-events';
import { JsonTokenizer } from './json/json-tokenizer';
import type { KoladaFileError } from './kolada-file-error';
import { KoladaEntryBuilder } from './kolada-entry-builder';
import { describeValue } from './kolada-fields';
import { entryMember, expectations, genderMember, UNKNOWN, VALUES } from './kolada-members';
import type { KoladaRow } from './kolada-row';

// Where the reader is in the `/v3/data` shape: { values: [ { kpi, …, values: [ { gender, … } ] } ] }.
const AT_START = 0;
const IN_ROOT = 1;
const IN_ENTRIES = 2;
const IN_ENTRY = 3;
const IN_GENDERS = 4;
const IN_GENDER = 5;
const AT_END = 6;

/**
 * Receives the tokens of a Kolada `/v3/data` response and turns them into rows, checking the shape as
 * it goes. Members it does not know (`count`, `next_page`, …) are skipped, whatever they hold.
 */
export class KoladaShapeReader implements JsonEvents {
  private rows: KoladaRow[] = [];
  private readonly tokenizer = new JsonTokenizer(this);
  private readonly entry = new KoladaEntryBuilder((detail, line) => this.shapeError(detail, line));
  private at = AT_START;
  /** How deep inside a skipped member's value the tokens are; 0 when not skipping. */
  private skipping = 0;
  /** The member whose value comes next. */
  private member = UNKNOWN;
  private sawEntries = false;
  private rootLine = 1;
  private entryCount = 0;

  /** Reads the next piece of the file's text. */
  write(text: string): void {
    this.tokenizer.write(text);
  }

  /** Ends the file; throws if it was cut short. */
  end(): void {
    this.tokenizer.end();
  }

  /** Hands over the rows read since the last call. */
  takeRows(): KoladaRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** The current line, for problems found outside the text (such as bytes that are not UTF-8). */
  get line(): number {
    return this.tokenizer.line;
  }

  key(name: string): void {
    if (this.skipping > 0) return;
    if (this.at === IN_GENDER) this.member = genderMember(name);
    else if (this.at === IN_ENTRY) this.member = entryMember(name);
    else if (name !== 'values') this.member = UNKNOWN;
    else if (this.sawEntries) {
      throw this.shapeError('a second "values": the rows of the first were read already');
    } else this.member = VALUES;
  }

  scalar(value: JsonScalar): void {
    if (this.skipping > 0) return;
    if (this.at === IN_GENDER || this.at === IN_ENTRY) {
      if (this.member !== UNKNOWN) this.entry.set(this.member, value);
    } else if (this.at === IN_ROOT) {
      if (this.member !== UNKNOWN) throw this.expected(describeValue(value));
    } else throw this.expected(describeValue(value));
  }

  startObject(): void {
    if (this.skipping > 0 || this.skipsValue()) this.skipping += 1;
    else if (this.at === AT_START) {
      this.at = IN_ROOT;
      this.rootLine = this.tokenizer.line;
    } else if (this.at === IN_ENTRIES) {
      this.at = IN_ENTRY;
      this.entry.startEntry(this.entryCount, this.tokenizer.line);
      this.entryCount += 1;
    } else if (this.at === IN_GENDERS) {
      this.at = IN_GENDER;
      this.entry.startGender(this.tokenizer.line);
    } else throw this.expected('an object');
  }

  endObject(): void {
    if (this.skipping > 0) this.skipping -= 1;
    else if (this.at === IN_GENDER) {
      this.entry.endGender();
      this.at = IN_GENDERS;
    } else if (this.at === IN_ENTRY) {
      this.entry.endEntry(this.rows);
      this.at = IN_ENTRIES;
    } else if (!this.sawEntries) throw this.shapeError('missing "values"', this.rootLine);
    else this.at = AT_END;
  }

  startArray(): void {
    if (this.skipping > 0 || this.skipsValue()) this.skipping += 1;
    else if (this.member === VALUES && this.at === IN_ROOT) {
      this.at = IN_ENTRIES;
      this.sawEntries = true;
    } else if (this.member === VALUES && this.at === IN_ENTRY) {
      this.at = IN_GENDERS;
      this.entry.startGenders();
    } else throw this.expected('an array');
  }

  endArray(): void {
    if (this.skipping > 0) this.skipping -= 1;
    else this.at = this.at === IN_GENDERS ? IN_ENTRY : IN_ROOT;
  }

  /** A value inside an object, for a member this reader does not know. */
  private skipsValue(): boolean {
    return this.member === UNKNOWN && (this.at === IN_ROOT || this.at === IN_ENTRY || this.at === IN_GENDER);
  }

  /** What was expected where a value of the wrong kind (`got`) stands. */
  private expected(got: string): KoladaFileError {
    const inObject = this.at === IN_ROOT || this.at === IN_ENTRY || this.at === IN_GENDER;
    const expectation = inObject ? (expectations[this.member] ?? 'nothing') : 'an object';
    return this.shapeError(`expected ${expectation}, got ${got}`);
  }

  private shapeError(detail: string, line?: number): KoladaFileError {
    return this.tokenizer.fail('shape', detail, line);
  }
}
