import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import type { PreviewGoal } from '../preview';
import text from './socialnamndens-mal-2020.txt?raw';

const committeeGoal = (from: number, to: number, wording: string): PreviewGoal => ({
  number: null,
  text: wording,
  kind: 'committee',
  measurementMethod: null,
  target: null,
  sourceLines: [from, to],
});

describe('Socialnämndens mål 2020 (seed)', () => {
  const preview = parseGoalDocument(text);

  it('names the committee and year, and no municipality (the document names none)', () => {
    expect(preview.committee).toBe('Socialnämnden');
    expect(preview.year).toBe(2020);
    expect(preview.municipality).toBeNull();
    expect(preview.warnings).toEqual([]);
  });

  it('reads four focus areas with their bullets and committee goals, joined across wrapped lines', () => {
    expect(preview.sections).toEqual([
      {
        kind: 'focus-area',
        title: 'En attraktiv och växande kommun',
        description: [
          'Där människor vill bo och stanna kvar, dit besökare vill och där företagandet växer',
          'Där bostadsbyggandet och befolkning ökar',
          'Vi skapar intryck och avtryck i konkurrens, vi upplever utveckling och satsning på arbetsmarknad, kommunikation, kultur och fritidsutbud',
        ],
        goals: [
          committeeGoal(19, 21, 'Socialnämnden är en attraktiv arbetsgivare som tillhandahåller tjänster av god kvalitet'),
        ],
      },
      {
        kind: 'focus-area',
        title: 'En hållbar kommun',
        description: [
          'Där vi finner lösningar för tillväxt, där exploatera och bevara växer tillsammans',
          'Där människor är sedda, inkluderade och engagerade, hälsa och välmående, balanserad demografi, mångfald och alla människors lika värde',
          'Där äldre och funktionsvarierade ges trygghet, service och värdighet för ett gott liv',
          'Där vi har ett effektivt resursutnyttjandet, ej skadar miljön, är långsiktiga och tänker på kommande generationer',
        ],
        goals: [
          committeeGoal(45, 46, 'Socialnämnden effektiviserar verksamheten och utvecklar användandet av välfärdsteknik.'),
        ],
      },
      {
        kind: 'focus-area',
        title: 'En lärande kommun',
        description: [
          'Där alla ges förutsättningar för framtiden',
          'Där skola, akademi och näringsliv möts i nätverk och science parks',
          'Där den kommunala organisationen, förtroendevalda och medarbetare utvecklas med samtidens krav, behov och utmaningar genom anpassningsbarhet och förändring',
        ],
        goals: [
          committeeGoal(63, 65, 'Socialnämnden samverkar aktivt med skolor, universitet och andra vårdgivare, huvudmän och civilsamhället'),
          committeeGoal(67, 69, 'Socialnämnden har en innovativ socialtjänst som kännetecknas av delaktighet och ständig förbättring'),
        ],
      },
      {
        kind: 'focus-area',
        title: 'En öppen kommun',
        description: [
          'Där vi uppfattas som transparenta, inkluderande, inbjudande lyssnande och tillgängliga',
          'Delaktig, påverkan, inflytande, demokratisk, inbjudande, lyssnande, nyfiken.',
          'Omfamna olikheter, släppa in olika perspektiv, förutsägbarhet',
        ],
        goals: [committeeGoal(85, 85, 'Socialnämnden ska ha en tydlig och förståelig myndighetsutövning')],
      },
    ]);
  });

  it('counts 3, 4, 3 and 3 bullets and 1, 1, 2 and 1 goals', () => {
    expect(preview.sections.map((section) => section.description.length)).toEqual([3, 4, 3, 3]);
    expect(preview.sections.map((section) => section.goals.length)).toEqual([1, 1, 2, 1]);
  });

  it('mends words hyphenated across lines and keeps the Word bullet glyph out of the text', () => {
    const everything = JSON.stringify(preview);
    expect(everything).toContain('balanserad demografi');
    expect(everything).toContain('och tillgängliga');
    expect(everything).not.toContain('\uF0A7');
    expect(everything).not.toMatch(/ba- ?lanserad|till- ?gängliga/u);
  });
});
