import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from './parse-goal-document';
import seed2005 from './samples/socialnamndens-mal-2005.txt?raw';

const lines = (...text: string[]) => text.join('\n');

describe('parseGoalDocument: what the caller gives', () => {
  it('keeps the document’s spelling when the given committee is the same one (e.g. a slug)', () => {
    const preview = parseGoalDocument(seed2005, { committee: 'socialnamnden', year: 2005 });
    expect(preview.committee).toBe('Socialnämnden');
    expect(preview.year).toBe(2005);
    expect(preview.warnings).toEqual([]);
  });

  it('uses a different committee or year when given, and says the document disagrees', () => {
    const preview = parseGoalDocument(seed2005, { committee: 'Äldrenämnden', year: 2006 });
    expect(preview.committee).toBe('Äldrenämnden');
    expect(preview.year).toBe(2006);
    expect(preview.warnings).toEqual([
      { line: 1, message: 'the document names Socialnämnden, but Äldrenämnden was given and is used' },
      { line: 1, message: "the document's year is 2005, but 2006 was given and is used" },
    ]);
  });

  it('reads an empty text as an empty preview that asks for committee and year', () => {
    expect(parseGoalDocument('')).toEqual({
      committee: null,
      municipality: null,
      year: null,
      sections: [],
      warnings: [
        { line: null, message: 'the document names no committee: give one' },
        { line: null, message: 'the document names no year: give one' },
      ],
    });
  });
});

describe('parseGoalDocument: layouts beyond the samples', () => {
  it('reads old Mac line endings (\\r) like \\n', () => {
    const text = lines('Socialnämndens mål 2005', 'Inriktningsmål', '1. Ett mål.', '2. Ett annat mål.');
    expect(parseGoalDocument(text.replace(/\n/gu, '\r'))).toEqual(parseGoalDocument(text));
  });

  it('skips the title when a PDF repeats it as a page header', () => {
    const preview = parseGoalDocument(
      lines('Socialnämndens mål 2005', 'Inriktningsmål', '1. Medborgarna ska erbjudas', 'Socialnämndens mål 2005', 'god kvalitet.'),
    );
    expect(preview.sections[0]?.goals[0]?.text).toBe('Medborgarna ska erbjudas god kvalitet.');
    expect(preview.warnings).toEqual([]);
  });

  it('reads paragraphs under a heading as goals when the goals have no numbers', () => {
    const preview = parseGoalDocument(
      lines(
        'Socialnämnden 2021',
        'Inriktningsmål',
        '',
        'Barn och unga ska växa upp under trygga förhållanden.',
        '',
        'Vuxna med missbruk ska erbjudas stöd',
        '',
        'i rätt tid.',
      ),
    );
    expect(preview.sections[0]?.goals.map((goal) => [goal.number, goal.text, goal.sourceLines])).toEqual([
      [null, 'Barn och unga ska växa upp under trygga förhållanden.', [4, 4]],
      [null, 'Vuxna med missbruk ska erbjudas stöd i rätt tid.', [6, 8]],
    ]);
  });

  it('keeps a numbered parent that is a sentence as a goal beside its sub-goals', () => {
    const preview = parseGoalDocument(
      lines('Socialnämnden 2021', 'Effektmål', '1. Alla barn ska ha en trygg uppväxt.', '1.1 Fler familjehem ska rekryteras.'),
    );
    expect(preview.sections).toHaveLength(1);
    expect(preview.sections[0]?.goals.map((goal) => goal.number)).toEqual(['1', '1.1']);
  });

  it('leaves out a "Mål N" label with no statement and says so', () => {
    const preview = parseGoalDocument(lines('Socialnämnden 2021', 'Nämndens mål', 'Mål 1', 'Mål 2', 'Stödet ska vara tillgängligt.'));
    expect(preview.sections[0]?.goals.map((goal) => [goal.number, goal.text])).toEqual([['2', 'Stödet ska vara tillgängligt.']]);
    expect(preview.warnings).toEqual([{ line: 3, message: 'goal 1 has no statement: left out' }]);
  });

  it('reads an indicator list under a goal, and prefers its target to one in the statement', () => {
    const preview = parseGoalDocument(
      lines(
        'Socialnämnden 2021',
        'Effektmål',
        '1. Andelen nöjda brukare ska öka till 80 %.',
        'Indikatorer',
        '- Andel nöjda brukare i hemtjänsten, minst 90 %',
        '- Andel nöjda brukare i särskilt boende',
        '2. Väntetiderna ska minska.',
      ),
    );
    expect(preview.sections[0]?.goals[0]).toEqual({
      number: '1',
      text: 'Andelen nöjda brukare ska öka till 80 %.',
      kind: 'effect',
      measurementMethod: 'Andel nöjda brukare i hemtjänsten; Andel nöjda brukare i särskilt boende',
      target: { value: 90, unit: 'percent', comparator: 'at-least' },
      sourceLines: [3, 6],
    });
    expect(preview.sections[0]?.goals[1]?.number).toBe('2');
  });

  it('reads prose under a focus area as its description and a bare list as its goals, with a warning', () => {
    const preview = parseGoalDocument(
      lines(
        'Socialnämnden 2021',
        'Fokusområde: Trygghet',
        'Kommunen ska vara trygg att växa upp och åldras i.',
        '\uF0B7 Alla äldre ska känna sig trygga i sitt boende.',
      ),
    );
    expect(preview.sections).toEqual([
      {
        kind: 'focus-area',
        title: 'Trygghet',
        description: ['Kommunen ska vara trygg att växa upp och åldras i.'],
        goals: [
          {
            number: null,
            text: 'Alla äldre ska känna sig trygga i sitt boende.',
            kind: 'committee',
            measurementMethod: null,
            target: null,
            sourceLines: [4, 4],
          },
        ],
      },
    ]);
    expect(preview.warnings).toEqual([
      { line: 4, message: 'list under a focus area with no "Beskrivning" or goals heading: read as its goals' },
    ]);
  });

  it('warns about a kind heading that has no goals under it', () => {
    const preview = parseGoalDocument(lines('Socialnämnden 2021', 'Inriktningsmål', '', 'Effektmål', '1. Ett mål.'));
    expect(preview.warnings).toEqual([{ line: 2, message: 'Inriktningsmål heading with no goals under it' }]);
  });
});
