import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../lines/normalize-lines';
import { classifyContactLine } from './contact-lines';
import { findLetterhead } from './footer';

const skippedTexts = (text: string): string[] => {
  const lines = normalizeLines(text);
  const { skipped } = findLetterhead(lines);
  return lines.filter((line, index) => skipped[index] && line.text !== '').map((line) => line.text);
};

describe('findLetterhead', () => {
  it('skips a letterhead block and reads the municipality from it', () => {
    const text = ['7. Beslut ska vara korrekta.', '', '\tPostadress', '\tNacka kommun', '\tGranitvägen 15', '\t131 81 Nacka', '\t08-718 95 06', '\twww.nacka.se', '\t212000-0167'].join('\n');
    const lines = normalizeLines(text);
    expect(findLetterhead(lines).municipality).toEqual({ name: 'Nacka kommun', line: 4 });
    expect(skippedTexts(text)).toEqual(['Postadress', 'Nacka kommun', 'Granitvägen 15', '131 81 Nacka', '08-718 95 06', 'www.nacka.se', '212000-0167']);
  });

  it('keeps "Nacka kommun" as content when no contact line is near it', () => {
    const text = 'Nacka kommun\nSocialnämndens mål 2005\n\n4. Medborgarna i Nacka kommun ska anse att servicen är god.';
    expect(skippedTexts(text)).toEqual([]);
    expect(findLetterhead(normalizeLines(text)).municipality).toBeNull();
  });

  it('skips document metadata and page numbers wherever they are', () => {
    expect(skippedTexts('Dnr SN 2020/143\nDatum 2020-11-25\nHandläggare Anna Svensson\n1. Mål\nSida 1 (3)\n2 av 3\n2. Mål')).toEqual([
      'Dnr SN 2020/143',
      'Datum 2020-11-25',
      'Handläggare Anna Svensson',
      'Sida 1 (3)',
      '2 av 3',
    ]);
  });
});

describe('classifyContactLine', () => {
  it.each([
    ['Telefon', 'strong'],
    ['Telefon: 08-718 80 00', 'strong'],
    ['E-post: socialnamnden@nacka.se', 'strong'],
    ['socialnamnden@nacka.se', 'strong'],
    ['070-431 95 06', 'strong'],
    ['+46 8 718 80 00', 'strong'],
    ['Organisationsnummer 212000-0167', 'strong'],
    ['Box 123', 'strong'],
    ['Stockholms stad', 'weak'],
    ['Region Gotland', 'weak'],
    ['Storgatan 12', 'weak'],
    ['Sida 2 (5)', 'meta'],
  ])('%s is %s', (text, expected) => {
    expect(classifyContactLine(text)).toBe(expected);
  });

  it.each([
    'Telefonrådgivningen ska vara tillgänglig dygnet runt.',
    'Direkt stöd till familjer ska prioriteras.',
    'Datum för uppföljning bestäms av nämnden.',
    '2019 2020 2021',
    'Andelen ska öka till 75 %.',
  ])('%s is content', (text) => {
    expect(classifyContactLine(text)).toBeNull();
  });
});
