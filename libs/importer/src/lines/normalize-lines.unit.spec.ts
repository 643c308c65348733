import { describe, expect, it } from 'vitest';
import { normalizeLines } from './normalize-lines';

describe('normalizeLines', () => {
  it('numbers lines from 1 and reads \\r\\n, \\r and \\n alike', () => {
    expect(normalizeLines('a\r\nb\rc\nd').map((line) => [line.number, line.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('trims, collapses NBSP and other spaces, drops zero-width characters and a byte order mark', () => {
    const [line] = normalizeLines('\uFEFF  Minst\u00A090\u202F%\u200B  ');
    expect(line).toEqual({ number: 1, indent: 2, text: 'Minst 90 %', cells: null });
  });

  it('composes letters that PDF text spells with combining marks (NFC)', () => {
    expect(normalizeLines('Effektma\u030Al')[0]?.text).toBe('Effektmål');
  });

  it('measures indentation with tabs as four columns', () => {
    expect(normalizeLines('\tPostadress')[0]).toEqual({ number: 1, indent: 4, text: 'Postadress', cells: null });
  });

  it('turns a soft hyphen at the end into a hyphen and drops it inside words', () => {
    expect(normalizeLines('för\u00ADskole\u00AD')[0]?.text).toBe('förskole-');
  });

  it('reads two or more tab-separated values as a table row, keeping leading empty cells', () => {
    expect(normalizeLines('Mål\tIndikator\tMålvärde\t')[0]?.cells).toEqual(['Mål', 'Indikator', 'Målvärde']);
    expect(normalizeLines('\tAndel elever\tMinst 85 %')[0]?.cells).toEqual(['', 'Andel elever', 'Minst 85 %']);
  });

  it('reads "•<tab>text" and "1.<tab>text" as one line, not a table', () => {
    expect(normalizeLines('•\tAndelen ska öka.')[0]).toMatchObject({ text: '• Andelen ska öka.', cells: null });
    expect(normalizeLines('1.\tBarn ska få stöd.')[0]).toMatchObject({ text: '1. Barn ska få stöd.', cells: null });
  });

  it('gives blank lines empty text', () => {
    expect(normalizeLines('\t\n \u00A0\n')).toEqual([
      { number: 1, indent: 4, text: '', cells: null },
      { number: 2, indent: 2, text: '', cells: null },
      { number: 3, indent: 0, text: '', cells: null },
    ]);
  });
});
