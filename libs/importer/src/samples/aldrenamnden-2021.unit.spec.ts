import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import text from './aldrenamnden-2021.txt?raw';

// Windows line endings, NBSP before "%", "Målområde N:" focus areas with "1.1" goals, indicator lines
// with their targets, a Dnr line, a page number mid-list and an introduction before the first heading.
describe('layout: Äldrenämndens mål och indikatorer 2021 (CRLF, indicators, målområden)', () => {
  it('is really a Windows file', () => {
    expect(text).toContain('\r\n');
    expect(text).toContain('\u00A0');
  });

  it('reads focus areas, sub-numbered goals, indicators as methods and their targets', () => {
    expect(parseGoalDocument(text)).toEqual({
      committee: 'Äldrenämnden',
      municipality: 'Sjöviks kommun',
      year: 2021,
      sections: [
        {
          kind: 'focus-area',
          title: 'Trygghet och värdighet',
          description: [],
          goals: [
            {
              number: '1.1',
              text: 'Äldre som bor i särskilt boende ska känna sig trygga.',
              kind: 'committee',
              measurementMethod: 'Andel brukare i särskilt boende som känner sig trygga',
              target: { value: 90, unit: 'percent', comparator: 'at-least' },
              sourceLines: [11, 12],
            },
            {
              number: '1.2',
              text: 'Väntetiden till särskilt boende ska minska.',
              kind: 'committee',
              measurementMethod: 'Genomsnittlig väntetid i dagar från beslut till erbjuden plats',
              target: { value: 60, unit: 'days', comparator: 'at-most' },
              sourceLines: [13, 14],
            },
          ],
        },
        {
          kind: 'focus-area',
          title: 'Delaktighet och inflytande',
          description: [],
          goals: [
            {
              number: '2.1',
              text: 'Brukarna ska ha inflytande över hur hemtjänstinsatserna utförs.',
              kind: 'committee',
              measurementMethod:
                'Andel hemtjänstbrukare som upplever att personalen tar hänsyn till deras åsikter och önskemål',
              target: { value: 85, unit: 'percent', comparator: 'equal' },
              sourceLines: [18, 20],
            },
            {
              number: '2.2',
              text: 'Nöjdheten med hemtjänsten ska öka.',
              kind: 'committee',
              measurementMethod: 'Nöjd kund-index (NKI), hemtjänst',
              target: { value: 4.5, unit: null, comparator: 'equal' },
              sourceLines: [22, 24],
            },
          ],
        },
        {
          kind: 'focus-area',
          title: 'Kompetens',
          description: [],
          goals: [
            {
              number: '3.1',
              text: 'Medarbetarna ska ha rätt kompetens för att möta brukarnas behov.',
              kind: 'committee',
              measurementMethod: null,
              target: null,
              sourceLines: [28, 28],
            },
          ],
        },
      ],
      warnings: [
        {
          line: 6,
          message:
            'text before the first heading is not part of any section: "Äldrenämnden har i sin verksamhetsplan brutit ned kommunf…" ignored',
        },
      ],
    });
  });
});
