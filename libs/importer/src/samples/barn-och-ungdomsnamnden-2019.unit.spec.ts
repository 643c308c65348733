import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import text from './barn-och-ungdomsnamnden-2019.txt?raw';

// "1. Trygg uppväxt" over "1:1"/"1:2" sub-goals, Word bullets followed by a tab, words broken at
// line ends ("FN-" / "konventionen", "hälso-" / "och", a soft hyphen) and a letterhead block.
describe('layout: Barn- och ungdomsnämndens mål 2019 (group headings, "1:1", Word bullets)', () => {
  it('reads group headings as section titles and keeps real hyphens', () => {
    expect(parseGoalDocument(text)).toEqual({
      committee: 'Barn- och ungdomsnämnden',
      municipality: 'Bergviks kommun',
      year: 2019,
      sections: [
        {
          kind: 'directional',
          title: 'Trygg uppväxt',
          description: [],
          goals: [
            {
              number: '1:1',
              text: 'Alla barn och unga ska ha tillgång till en trygg och stimulerande miljö i förskola och skola, i enlighet med FN-konventionen om barnets rättigheter.',
              kind: 'directional',
              measurementMethod: null,
              target: null,
              sourceLines: [6, 7],
            },
            {
              number: '1:2',
              text: 'Samverkan mellan skola, socialtjänst och hälso- och sjukvården ska stärkas kring barn som far illa.',
              kind: 'directional',
              measurementMethod: null,
              target: null,
              sourceLines: [8, 9],
            },
          ],
        },
        {
          kind: 'directional',
          title: 'Lärande',
          description: [],
          goals: [
            {
              number: '2:1',
              text: 'Alla elever ska lämna grundskolan med fullständiga betyg.',
              kind: 'directional',
              measurementMethod: null,
              target: null,
              sourceLines: [11, 11],
            },
            {
              number: '2:2',
              text: 'Elevernas läsförmåga ska stärkas från förskoleklass till år 3.',
              kind: 'directional',
              measurementMethod: null,
              target: null,
              sourceLines: [12, 13],
            },
          ],
        },
        {
          kind: 'effect',
          title: null,
          description: [],
          goals: [
            {
              number: null,
              text: 'Andelen elever i år 3 som klarar de nationella proven i svenska ska öka till 90 procent.',
              kind: 'effect',
              measurementMethod: null,
              target: { value: 90, unit: 'percent', comparator: 'at-least' },
              sourceLines: [16, 16],
            },
            {
              number: null,
              text: 'Andelen behöriga lärare ska vara minst 80 %.',
              kind: 'effect',
              measurementMethod: null,
              target: { value: 80, unit: 'percent', comparator: 'at-least' },
              sourceLines: [17, 17],
            },
            {
              number: null,
              text: 'Sjukfrånvaron bland medarbetarna ska minska till högst 6 procent.',
              kind: 'effect',
              measurementMethod: null,
              target: { value: 6, unit: 'percent', comparator: 'at-most' },
              sourceLines: [18, 18],
            },
            {
              number: null,
              text: 'Antalet anmälda kränkningar ska minska med 20 procent jämfört med 2018.',
              kind: 'effect',
              measurementMethod: null,
              target: { value: 20, unit: 'percent', comparator: 'decrease-by' },
              sourceLines: [19, 19],
            },
          ],
        },
      ],
      warnings: [],
    });
  });
});
