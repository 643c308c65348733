import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from './parse-goal-document';

// One focus area in the 2020 seed's layout, with a 2005-style method and a target: wrapped bullets,
// a hyphenated word, glyph bullets, "(Mäts genom …)" and an indicator line with "Minst 90 %".
function focusAreaBlock(index: number): string {
  return [
    'Kommunfullmäktiges strategiska inriktningsområde: ',
    '',
    `\uF0A7 Område ${index}`,
    'Beskrivning ',
    '- Där människor vill bo och stanna kvar, dit besökare vill och där företagandet',
    '',
    'växer',
    '- Där människor är sedda, inkluderade och engagerade, hälsa och välmående, ba-',
    '',
    'lanserad demografi, mångfald och alla människors lika värde',
    'Socialnämndens mål: ',
    '\uF0A7 Socialnämnden är en attraktiv arbetsgivare som tillhandahåller tjänster av god',
    '',
    'kvalitet',
    '\uF0A7 Andelen nöjda brukare ska öka. (Mäts genom brukarundersökning)',
    'Indikator: Andel brukare som är nöjda med sitt boende. Minst 90 %',
    '',
  ].join('\n');
}

/** A document of about `bytes` UTF-16 code units, built by one join (no quadratic concatenation). */
function generatedDocument(bytes: number): { text: string; blocks: number } {
  const blockLength = focusAreaBlock(0).length + 1;
  const blocks = Math.ceil(bytes / blockLength);
  const parts = ['Socialnämndens mål 2020'];
  for (let index = 0; index < blocks; index += 1) parts.push(focusAreaBlock(index));
  return { text: parts.join('\n'), blocks };
}

function expectCounts(size: number): void {
  const { text, blocks } = generatedDocument(size);
  expect(text.length).toBeGreaterThanOrEqual(size);
  const preview = parseGoalDocument(text);
  expect(preview.sections).toHaveLength(blocks);
  expect(preview.warnings).toEqual([]);
  const goals = preview.sections.flatMap((section) => section.goals);
  expect(goals).toHaveLength(blocks * 2);
  expect(goals.filter((goal) => goal.target?.value === 90)).toHaveLength(blocks);
  expect(preview.sections.at(-1)?.description[1]).toContain('balanserad demografi');
}

// Timing belongs to the benchmark; these only prove that big documents parse completely.
describe('parseGoalDocument on generated documents', () => {
  it('reads a 1 MB document completely', () => {
    expectCounts(1_000_000);
  });

  it('reads a 5 MB document completely', () => {
    expectCounts(5_000_000);
  });
});
