import type { PlanView } from '@goaltrail/goals-domain';
import { describe, expect, it } from 'vitest';
import { planToCsv, planToMarkdown } from './plan-export';

const goal = (number: number, text: string, extra: Partial<PlanView['sections'][number]['goals'][number]> = {}) => ({
  goalId: `g${number}`,
  kind: 'committee' as const,
  number,
  text,
  measurementMethod: null,
  focusAreaId: 'lärande',
  revision: 0,
  carriedFrom: null,
  sectionId: 'focusArea:lärande',
  ancestors: [],
  ...extra,
});

const plan: PlanView = {
  committeeId: 'socialnamnden',
  year: 2020,
  status: 'adopted',
  revision: 9,
  carriedForwardFrom: null,
  adoption: { decisionRef: 'SN 2019/§ 120', decidedOn: '2019-12-16' },
  amendments: [],
  sections: [
    {
      id: 'focusArea:lärande',
      type: 'focusArea',
      focusAreaId: 'lärande',
      title: 'En lärande kommun',
      description: ['Där alla ges förutsättningar för framtiden'],
      goals: [
        goal(1, 'Socialnämnden samverkar aktivt med skolor, universitet och andra vårdgivare'),
        goal(2, 'Socialnämnden har en innovativ socialtjänst', { measurementMethod: 'brukarundersökning', revision: 2 }),
      ],
    },
  ],
  retired: [],
};

describe('plan export', () => {
  it('writes a Markdown document with status, focus area, description and numbered goals', () => {
    expect(planToMarkdown(plan, 'Socialnämnden')).toBe(
      [
        '# Socialnämnden — mål 2020',
        '',
        'Status: antagen 2019-12-16 (SN 2019/§ 120)',
        '',
        '## En lärande kommun',
        '',
        'Beskrivning:',
        '',
        '- Där alla ges förutsättningar för framtiden',
        '',
        '1. Socialnämnden samverkar aktivt med skolor, universitet och andra vårdgivare',
        '2. Socialnämnden har en innovativ socialtjänst (Mäts genom brukarundersökning)',
        '',
      ].join('\n'),
    );
  });

  it('writes RFC 4180 CSV with a BOM, quoting fields with commas', () => {
    const csv = planToCsv(plan);
    expect(csv.startsWith('\uFEFFår,avsnitt,nummer,typ,formulering,mäts genom,mål-id,formuleringsversion\r\n')).toBe(true);
    expect(csv).toContain('2020,En lärande kommun,1,Nämndmål,"Socialnämnden samverkar aktivt med skolor, universitet och andra vårdgivare",,g1,0\r\n');
    expect(csv).toContain(',brukarundersökning,g2,2\r\n');
  });
});
