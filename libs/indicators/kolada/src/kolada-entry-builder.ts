import type { JsonScalar } from './json/json-events';
import type { KoladaFileError } from './kolada-file-error';
import { describeValue, isGender, isKpiId, isMeasure, isMunicipalityCode, toYear } from './kolada-fields';
import { COUNT, expectations, GENDER, KPI, MUNICIPALITY, PERIOD, STATUS, VALUE } from './kolada-members';
import type { KoladaGender, KoladaRow } from './kolada-row';

// Kolada gives at most three genders per entry; far more means a broken file, and they wait in memory.
const maxRowsPerEntry = 10_000;

type RowUnderConstruction = { -readonly [K in keyof KoladaRow]: KoladaRow[K] };
type Fail = (detail: string, line?: number) => KoladaFileError;

/**
 * Collects one entry (`values[i]`) and its gender entries. Rows are handed over when the entry closes,
 * because its kpi, municipality and period may come after its `values`; a repeated member counts last.
 */
export class KoladaEntryBuilder {
  private entryIndex = 0;
  private entryLine = 0;
  private kpi: string | null = null;
  private municipality: string | null = null;
  private period: number | null = null;
  private rows: RowUnderConstruction[] = [];
  private sawGenders = false;
  private genderLine = 0;
  private gender: KoladaGender | null = null;
  private hasValue = false;
  private value: number | null = null;
  private count: number | null = null;
  private status = '';

  constructor(private readonly fail: Fail) {}

  startEntry(index: number, line: number): void {
    this.entryIndex = index;
    this.entryLine = line;
    this.kpi = null;
    this.municipality = null;
    this.period = null;
    this.rows = [];
    this.sawGenders = false;
  }

  startGenders(): void {
    this.rows = [];
    this.sawGenders = true;
  }

  startGender(line: number): void {
    this.genderLine = line;
    this.gender = null;
    this.hasValue = false;
    this.value = null;
    this.count = null;
    this.status = '';
  }

  /** Takes a member's value if it has the right kind, else throws at the value. */
  set(member: number, value: JsonScalar): void {
    switch (member) {
      case GENDER:
        if (isGender(value)) return void (this.gender = value);
        break;
      case VALUE:
        if (!isMeasure(value)) break;
        this.value = value;
        this.hasValue = true;
        return;
      case COUNT:
        if (isMeasure(value)) return void (this.count = value);
        break;
      case STATUS:
        if (typeof value === 'string' || value === null) return void (this.status = value ?? '');
        break;
      case KPI:
        if (isKpiId(value)) return void (this.kpi = value);
        break;
      case MUNICIPALITY:
        if (isMunicipalityCode(value)) return void (this.municipality = value);
        break;
      case PERIOD:
        this.period = toYear(value);
        if (this.period !== null) return;
        break;
    }
    throw this.fail(`expected ${expectations[member] ?? 'nothing'}, got ${describeValue(value)}`);
  }

  endGender(): void {
    if (this.gender === null) throw this.fail('missing "gender"', this.genderLine);
    if (!this.hasValue) throw this.fail('missing "value"', this.genderLine);
    if (this.rows.length >= maxRowsPerEntry) {
      throw this.fail(`more than ${maxRowsPerEntry} values in one entry`);
    }
    const path = `values[${this.entryIndex}].values[${this.rows.length}]`;
    // kpi, municipality and period are filled in when the entry closes.
    this.rows.push({
      kpi: '',
      municipality: '',
      period: 0,
      gender: this.gender,
      value: this.value,
      count: this.count,
      status: this.status,
      location: { line: this.genderLine, path },
    });
  }

  /** Checks the entry and adds its rows to `output`. */
  endEntry(output: KoladaRow[]): void {
    const { kpi, municipality, period } = this;
    if (kpi === null) throw this.fail('missing "kpi"', this.entryLine);
    if (municipality === null) throw this.fail('missing "municipality"', this.entryLine);
    if (period === null) throw this.fail('missing "period"', this.entryLine);
    if (!this.sawGenders) throw this.fail('missing "values"', this.entryLine);
    for (const row of this.rows) {
      row.kpi = kpi;
      row.municipality = municipality;
      row.period = period;
      output.push(row);
    }
  }
}
