import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from './parse-goal-document';
import type { GoalDocumentPreview } from './preview';

// Lines of the kinds real goal documents are made of, so that random documents reach deep parser
// states (open goals, criteria lists, tables, letterheads) rather than only "text before a heading".
const realisticLine = fc.constantFrom(
  '',
  ' ',
  '\t',
  'Socialnämndens mål 2020',
  'Socialnämnden',
  'Inriktningsmål',
  'Effektmål',
  'Socialnämndens mål: ',
  'Kommunfullmäktiges strategiska inriktningsområde: ',
  'Målområde 2: Delaktighet',
  'Beskrivning ',
  'Indikatorer',
  '\uF0A7 En hållbar kommun',
  '- Där människor är sedda, inkluderade och engagerade, ba-',
  'lanserad demografi',
  '•\tAndelen ska öka till 75 %.',
  '1. Medborgarna ska anse att Nacka är en trygg kommun. (Mäts genom brukarundersökning)',
  '1.1 Äldre ska känna sig trygga.',
  '1:2 Samverkan med hälso-',
  'och sjukvården ska stärkas.',
  'Mål 3',
  'A. Minst 70 % av eleverna uppger att de trivs.',
  'Målet är uppnått när:',
  'Målet är uppnått när antalet besök uppgår till minst 250 000.',
  'Målvärde 2021: 4,5',
  'Målvärde: ökning',
  'Minst 90\u00A0%',
  'Mäts genom: intern statistik',
  'Indikator: Andel nöjda brukare. Högst 30 dagar',
  'Nämndmål\tIndikator\tMålvärde 2023',
  'Alla elever ska nå målen.\tAndel elever\t85 %',
  '\tAndel elever åk 8\tMinst 85 %',
  '  Trygghet',
  '      Alla ska känna sig trygga och',
  '      väl omhändertagna.',
  'Nacka kommun',
  'Postadress',
  '08-718 95 06',
  'Organisationsnummer 212000-0167',
  'Sida 1 (2)',
  'Text utan rubrik.',
);

const anyLine = fc.oneof(
  { weight: 4, arbitrary: realisticLine },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const realisticDocument = fc.array(anyLine, { maxLength: 60 }).map((lines) => lines.join('\n'));

/** Invariants every preview keeps, whatever the input. */
function expectWellFormed(preview: GoalDocumentPreview, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/u).length;
  for (const section of preview.sections) {
    for (const goal of section.goals) {
      const [from, to] = goal.sourceLines;
      expect(from).toBeGreaterThanOrEqual(1);
      expect(to).toBeGreaterThanOrEqual(from);
      expect(to).toBeLessThanOrEqual(lineCount);
      expect(goal.text.trim()).not.toBe('');
      expect(goal.text).not.toMatch(/[\r\n\t]/u);
    }
  }
  for (const warning of preview.warnings) {
    if (warning.line !== null) expect(warning.line).toBeLessThanOrEqual(lineCount);
  }
}

describe('parseGoalDocument properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expectWellFormed(parseGoalDocument(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(parseGoalDocument(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on documents mixed from realistic and random lines', () => {
    fc.assert(
      fc.property(realisticDocument, (text) => {
        expectWellFormed(parseGoalDocument(text), text);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same preview when the same text is parsed twice', () => {
    fc.assert(
      fc.property(realisticDocument, fc.integer({ min: 1990, max: 2030 }), (text, year) => {
        expect(parseGoalDocument(text, { year })).toEqual(parseGoalDocument(text, { year }));
      }),
      { numRuns: 200 },
    );
  });

  it('reads Windows line endings exactly like Unix ones', () => {
    const withoutCarriageReturns = realisticDocument.map((text) => text.replace(/\r/gu, ''));
    fc.assert(
      fc.property(withoutCarriageReturns, (text) => {
        expect(parseGoalDocument(text.replace(/\n/gu, '\r\n'))).toEqual(parseGoalDocument(text));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on a byte order mark or on NBSP instead of spaces', () => {
    fc.assert(
      fc.property(realisticDocument, (text) => {
        const plain = parseGoalDocument(text.replace(/\u00A0/gu, ' ').replace(/\uFEFF/gu, ''));
        expect(parseGoalDocument(`\uFEFF${text.replace(/\u00A0/gu, ' ').replace(/\uFEFF/gu, '')}`)).toEqual(plain);
      }),
      { numRuns: 100 },
    );
  });
});
