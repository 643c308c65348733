import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import text from './utbildningsnamnden-2023.txt?raw';

// A Word table saved as text: one row per goal, a merged goal cell (a second indicator of the goal
// above), a goal cell wrapped onto the next line, an unreadable target and an empty one.
describe('layout: Utbildningsnämndens mål och indikatorer 2023 (flattened table)', () => {
  it('reads goal, indicator and target columns', () => {
    expect(parseGoalDocument(text)).toEqual({
      committee: 'Utbildningsnämnden',
      municipality: null,
      year: 2023,
      sections: [
        {
          kind: 'committee',
          title: null,
          description: [],
          goals: [
            {
              number: null,
              text: 'Alla elever ska nå kunskapskraven i samtliga ämnen.',
              kind: 'committee',
              measurementMethod: 'Andel elever i åk 9 med godkända betyg i alla ämnen',
              target: { value: 85, unit: 'percent', comparator: 'equal' },
              sourceLines: [5, 5],
            },
            {
              number: null,
              text: 'Eleverna ska känna sig trygga i skolan.',
              kind: 'committee',
              measurementMethod:
                'Andel elever i åk 5 som känner sig trygga (skolenkät); Andel elever i åk 8 som känner sig trygga (skolenkät)',
              target: { value: 90, unit: 'percent', comparator: 'at-least' },
              sourceLines: [6, 7],
            },
            {
              number: null,
              text: 'Skolans lokaler ska användas effektivt och hållbart.',
              kind: 'committee',
              measurementMethod: 'Lokalkostnad per elev',
              target: { value: 18500, unit: 'sek', comparator: 'at-most' },
              sourceLines: [8, 9],
            },
            {
              number: null,
              text: 'Vårdnadshavarna ska vara nöjda med förskolan.',
              kind: 'committee',
              measurementMethod: 'Nöjd kund-index (NKI), förskola',
              target: null,
              sourceLines: [10, 10],
            },
            {
              number: null,
              text: 'Fler barn ska gå i förskola.',
              kind: 'committee',
              measurementMethod: 'Inskrivna barn 1–5 år, andel (%)',
              target: null,
              sourceLines: [11, 11],
            },
          ],
        },
        {
          kind: 'effect',
          title: null,
          description: [],
          goals: [
            {
              number: '1',
              text: 'Barn i behov av särskilt stöd ska få det i tid.',
              kind: 'effect',
              measurementMethod: null,
              target: null,
              sourceLines: [14, 14],
            },
          ],
        },
      ],
      warnings: [
        { line: 7, message: 'the goal has more than one target: the preview keeps the first' },
        { line: 10, message: 'could not read a target value from "Ökning"' },
      ],
    });
  });
});
