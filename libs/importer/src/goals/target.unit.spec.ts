import { describe, expect, it } from 'vitest';
import type { PreviewTarget } from '../preview';
import { findTarget, isTargetOnlyLine } from './target';

const target = (value: number, unit: PreviewTarget['unit'], comparator: PreviewTarget['comparator']) => ({
  value,
  unit,
  comparator,
});

describe('findTarget in a goal statement (a comparator is required)', () => {
  it.each([
    ['Andelen nöjda ska öka till 75 %, i förhållande till beslutade insatser.', target(75, 'percent', 'at-least')],
    ['Andelen behöriga lärare ska vara minst 80 %.', target(80, 'percent', 'at-least')],
    ['Sjukfrånvaron ska minska till högst 6 procent.', target(6, 'percent', 'at-most')],
    ['Sjukfrånvaron ska minska till 6 procent.', target(6, 'percent', 'at-most')],
    ['Kränkningarna ska minska med 20 procent jämfört med 2018.', target(20, 'percent', 'decrease-by')],
    ['Antalet deltagare har ökat med minst 5 % jämfört med 2021.', target(5, 'percent', 'increase-by')],
    ['Väntetiden ska vara kortare än 14 dagar.', target(14, 'days', 'less-than')],
    ['Väntetiden ska vara under 3 veckor.', target(3, 'weeks', 'less-than')],
    ['Fler än 1 200 besökare per månad.', target(1200, null, 'more-than')],
    ['Ingen ska behöva vänta mer än 30 dagar.', target(30, 'days', 'at-most')],
    ['Andelen får inte understiga 90 %.', target(90, 'percent', 'at-least')],
    ['Kostnaden får inte överstiga 18 500 kr per elev.', target(18500, 'sek', 'at-most')],
    ['Andelen ska uppgå till 4,5 procentenheter över riket.', target(4.5, 'percentage-points', 'equal')],
    ['Besöken ska vara minst 250 000 under året.', target(250000, null, 'at-least')],
    ['Minst 2000 deltagare.', target(2000, null, 'at-least')],
  ])('%s', (text, expected) => {
    expect(findTarget(text, 'statement')?.target).toEqual(expected);
  });

  it.each([
    'Under 2021 ska tre nya boenden öppnas.',
    'Andelen elever i årskurs 8 som trivs ska öka.',
    'Personer som är 80 år eller äldre ska erbjudas besök.',
    'Kolada-nyckeltalet N00945 ska förbättras.',
    'Jämfört med 2019 ska fler få stöd.',
  ])('finds no target in %j', (text) => {
    expect(findTarget(text, 'statement')).toBeNull();
  });
});

describe('findTarget in a target cell or "Målvärde" line (a bare value is equal)', () => {
  it.each([
    ['85 %', target(85, 'percent', 'equal')],
    ['4,5', target(4.5, null, 'equal')],
    ['Minst 90 %', target(90, 'percent', 'at-least')],
    ['högst 60 dagar', target(60, 'days', 'at-most')],
    ['Högst 18 500 kr', target(18500, 'sek', 'at-most')],
    ['≥ 95 %', target(95, 'percent', 'at-least')],
    ['2021: 3,2 timmar', target(3.2, 'hours', 'equal')],
  ])('%s', (text, expected) => {
    expect(findTarget(text, 'labelled')?.target).toEqual(expected);
  });

  it('finds nothing in words', () => {
    expect(findTarget('Ökning', 'labelled')).toBeNull();
    expect(findTarget('se bilaga', 'labelled')).toBeNull();
  });

  it('says where the comparator starts, so an indicator name can be cut before it', () => {
    const text = 'Andel brukare som känner sig trygga. Minst 90 %';
    expect(text.slice(0, findTarget(text, 'statement')?.start)).toBe('Andel brukare som känner sig trygga. ');
  });
});

describe('isTargetOnlyLine', () => {
  it('accepts a short comparator line and refuses a sentence that starts like one', () => {
    expect(isTargetOnlyLine('Minst 90 %')).toBe(true);
    expect(isTargetOnlyLine('Högst 60 dagar (2021)')).toBe(true);
    expect(isTargetOnlyLine('Minst 70 % av eleverna i årskurs 8 uppger att de trivs.')).toBe(false);
    expect(isTargetOnlyLine('Andelen ska vara minst 90 %')).toBe(false);
  });
});
