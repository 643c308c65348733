import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import type { PreviewGoal } from '../preview';
import text from './socialnamndens-mal-2005.txt?raw';

const directional = (number: string, line: number, wording: string): PreviewGoal => ({
  number,
  text: wording,
  kind: 'directional',
  measurementMethod: null,
  target: null,
  sourceLines: [line, line],
});

const effect = (number: string, line: number, wording: string, method: string | null): PreviewGoal => ({
  number,
  text: wording,
  kind: 'effect',
  measurementMethod: method,
  target: null,
  sourceLines: [line, line],
});

describe('Socialnämndens mål 2005 (seed)', () => {
  const preview = parseGoalDocument(text);

  it('reads committee and year from the title, the municipality from the letterhead', () => {
    expect(preview.committee).toBe('Socialnämnden');
    expect(preview.year).toBe(2005);
    expect(preview.municipality).toBe('Nacka kommun');
    expect(preview.warnings).toEqual([]);
  });

  it('reads the six inriktningsmål word for word', () => {
    expect(preview.sections[0]).toEqual({
      kind: 'directional',
      title: null,
      description: [],
      goals: [
        directional('1', 4, 'Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet med möjlighet till valfrihet.'),
        directional('2', 5, 'Medborgare med behov av ekonomiskt bistånd ska stärkas till egen försörjning och ett självständigt liv.'),
        directional('3', 7, 'De värderingar som ligger till grund för kommunens prioriteringar inom socialtjänsten ska göras tydliga för Nackaborna.'),
        directional('4', 8, 'Kommunen ska verka för en minskning av alkoholkonsumtionen och förebygga alkohol och drogmissbruk.'),
        directional('5', 10, 'Genom ökad samverkan med andra samhällsaktörer, såsom sjukvård, frivillighetsorganisationer och försäkringskassan, ska resurserna användas mer effektivt.'),
        directional('6', 12, 'Medborgarna ska anse att Nacka är en trygg och säker kommun för de personer som hamnar i sociala svårigheter.'),
      ],
    });
  });

  it('reads the seven effektmål with their methods and the one 75 % target', () => {
    expect(preview.sections[1]).toEqual({
      kind: 'effect',
      title: null,
      description: [],
      goals: [
        {
          ...effect('1', 16, 'Andelen nöjda personer respektive anhöriga inom handikapp- och övriga omsorger ska öka till 75 %, i förhållande till beslutade insatser.', 'brukarundersökning'),
          target: { value: 75, unit: 'percent', comparator: 'at-least' },
        },
        effect('2', 17, 'För varje individuellt ärende ska finnas mål och göras regelbunden uppföljning.', 'intern statistik/uppföljning'),
        effect('3', 19, 'Antalet ungdomar som prövar droger ska minska och ungdomars debutålder för alkohol skall höjas.', 'skolenkäter'),
        effect('4', 21, 'Medborgarna i Nacka kommun ska anse att socialtjänstens service och tillgänglighet är god.', 'brukarundersökning'),
        effect('5', 22, 'Arbete med att ta fram en modell för uppföljning av effektivitet och kvalitet i användandet av resurser med hjälp av samverkan mellan samhällsaktörer, ska påbörjas under året.', null),
        effect('6', 24, 'Under året ska möjlighet att göra egna val inom socialnämndens ansvarsområde öka genom att kundval införs där så är möjligt.', null),
        effect('7', 26, 'Beslut ska vara välgrundade och korrekta.', 'att följa upp besvärsärenden'),
      ],
    });
  });

  it('takes nothing from the letterhead footer into the goals', () => {
    expect(preview.sections).toHaveLength(2);
    const goals = preview.sections.flatMap((section) => section.goals);
    expect(goals).toHaveLength(13);
    expect(goals.filter((goal) => goal.measurementMethod !== null)).toHaveLength(5);
    expect(goals.filter((goal) => goal.target !== null)).toHaveLength(1);
    const everything = JSON.stringify(preview.sections);
    for (const footer of ['Postadress', 'Granitvägen', '08-718', 'nacka.se', '212000-0167', 'Fax', 'Mobil']) {
      expect(everything).not.toContain(footer);
    }
    expect(Math.max(...goals.map((goal) => goal.sourceLines[1]))).toBe(26);
  });
});
