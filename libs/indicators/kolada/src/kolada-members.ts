// The members of a `/v3/data` response the reader knows, by number so the hot path compares numbers.
export const UNKNOWN = 0;
export const VALUES = 1;
export const KPI = 2;
export const MUNICIPALITY = 3;
export const PERIOD = 4;
export const GENDER = 5;
export const VALUE = 6;
export const COUNT = 7;
export const STATUS = 8;

/** What each member must hold, by member number, for messages. */
export const expectations = [
  'nothing',
  'an array',
  'a KPI id such as "N00945"',
  'a four-digit municipality code such as "0182"',
  'a year such as 2019',
  'one of T, K, M',
  'a finite number or null',
  'a finite number or null',
  'a string or null',
];

// A switch compares the key with each name, lengths first; a Map would hash every freshly read key.

/** The member of an entry (`values[i]`) a key names. */
export function entryMember(name: string): number {
  switch (name) {
    case 'kpi':
      return KPI;
    case 'municipality':
      return MUNICIPALITY;
    case 'period':
      return PERIOD;
    case 'values':
      return VALUES;
    default:
      return UNKNOWN;
  }
}

/** The member of a gender entry (`values[i].values[j]`) a key names. */
export function genderMember(name: string): number {
  switch (name) {
    case 'gender':
      return GENDER;
    case 'value':
      return VALUE;
    case 'count':
      return COUNT;
    case 'status':
      return STATUS;
    default:
      return UNKNOWN;
  }
}
