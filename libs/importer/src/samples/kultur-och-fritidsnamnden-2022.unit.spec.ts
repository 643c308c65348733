import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import text from './kultur-och-fritidsnamnden-2022.txt?raw';

// "Mål N" on a line of its own with the statement in the next paragraph, "Målet är uppnått när:"
// followed by "A."/"B." criteria, the same phrase inline, and a closing remark that is no goal.
describe('layout: Kultur- och fritidsnämndens mål 2022 ("Mål N", achievement criteria)', () => {
  it('reads statements after their "Mål N" label and targets from the criteria', () => {
    expect(parseGoalDocument(text)).toEqual({
      committee: 'Kultur- och fritidsnämnden',
      municipality: null,
      year: 2022,
      sections: [
        {
          kind: 'committee',
          title: null,
          description: [],
          goals: [
            {
              number: '1',
              text: 'Fler barn och unga ska delta i kultur- och fritidsaktiviteter på sin fritid.',
              kind: 'committee',
              measurementMethod: null,
              target: { value: 5, unit: 'percent', comparator: 'increase-by' },
              sourceLines: [5, 12],
            },
            {
              number: '2',
              text: 'Biblioteken ska vara öppna och tillgängliga för alla invånare.',
              kind: 'committee',
              measurementMethod: null,
              target: { value: 250000, unit: null, comparator: 'at-least' },
              sourceLines: [14, 17],
            },
            {
              number: '3',
              text: 'Kommunens idrottsanläggningar ska användas effektivt.',
              kind: 'committee',
              measurementMethod: null,
              target: { value: 95, unit: 'percent', comparator: 'at-most' },
              sourceLines: [19, 22],
            },
          ],
        },
      ],
      warnings: [
        { line: 12, message: 'goal 1 has more than one target: the preview keeps the first' },
        {
          line: 22,
          message: 'no target value in the criterion "Alla föreningar som söker tider får ett svar inom två vec…"',
        },
        {
          line: 24,
          message:
            'paragraph "Nämnden följer upp målen i delårsrapporten och i årsredov…" has no number or bullet, unlike goal 3 above it: ignored',
        },
      ],
    });
  });
});
