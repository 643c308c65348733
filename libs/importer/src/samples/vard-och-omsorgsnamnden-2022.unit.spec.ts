import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import text from './vard-och-omsorgsnamnden-2022.txt?raw';

// No numbers and no bullets: the indentation alone says what is a group, a goal and a method. Some
// lines are indented with NBSP, as text copied out of a PDF often is.
describe('layout: Vård- och omsorgsnämndens verksamhetsplan 2022 (indentation only)', () => {
  it('reads less indented lines as groups and each indented sentence as a goal', () => {
    expect(parseGoalDocument(text)).toEqual({
      committee: 'Vård- och omsorgsnämnden',
      municipality: null,
      year: 2022,
      sections: [
        {
          kind: 'focus-area',
          title: 'Trygghet',
          description: [],
          goals: [
            {
              number: null,
              text: 'Alla som bor i särskilt boende ska känna sig trygga och väl omhändertagna.',
              kind: 'committee',
              measurementMethod: 'brukarundersökningen Vad tycker de äldre om äldreomsorgen?',
              target: null,
              sourceLines: [6, 8],
            },
            {
              number: null,
              text: 'Ingen ska behöva vänta mer än 30 dagar på en plats i särskilt boende.',
              kind: 'committee',
              measurementMethod: 'intern statistik',
              // "Ingen … mer än 30 dagar": everyone within 30 days.
              target: { value: 30, unit: 'days', comparator: 'at-most' },
              sourceLines: [9, 10],
            },
          ],
        },
        {
          kind: 'focus-area',
          title: 'Självbestämmande',
          description: [],
          goals: [
            {
              number: null,
              text: 'Brukarna ska kunna påverka när och hur hjälpen ges.',
              kind: 'committee',
              measurementMethod: null,
              target: null,
              sourceLines: [12, 12],
            },
            {
              number: null,
              text: 'Andelen brukare med en aktuell genomförandeplan ska vara minst 95 %.',
              kind: 'committee',
              measurementMethod: 'journalgranskning',
              target: { value: 95, unit: 'percent', comparator: 'at-least' },
              sourceLines: [13, 14],
            },
          ],
        },
        {
          kind: 'focus-area',
          title: 'Kompetens',
          description: [],
          goals: [
            {
              number: null,
              text: 'Personalen ska ha den utbildning som Socialstyrelsens allmänna råd anger.',
              kind: 'committee',
              measurementMethod: null,
              target: null,
              sourceLines: [16, 17],
            },
          ],
        },
      ],
      warnings: [],
    });
  });
});
