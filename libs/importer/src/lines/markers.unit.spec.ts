import { describe, expect, it } from 'vitest';
import { parentLabel, readMarker } from './markers';

describe('readMarker', () => {
  it.each([
    ['\uF0A7 En attraktiv och växande kommun', 'En attraktiv och växande kommun'],
    ['\uF0B7Symbol-punkt', 'Symbol-punkt'],
    ['• Punkt', 'Punkt'],
    ['- Där bostadsbyggandet ökar', 'Där bostadsbyggandet ökar'],
    ['– Tankstreck', 'Tankstreck'],
    ['o Underpunkt från Word', 'Underpunkt från Word'],
  ])('reads %j as a bullet', (text, rest) => {
    expect(readMarker(text)).toEqual({ type: 'bullet', rest });
  });

  it.each([
    ['1. Medborgarna i Nacka', '1', 'Medborgarna i Nacka'],
    ['10) Tionde målet', '10', 'Tionde målet'],
    ['1.1 Äldre ska känna sig trygga.', '1.1', 'Äldre ska känna sig trygga.'],
    ['1.1. Med avslutande punkt', '1.1', 'Med avslutande punkt'],
    ['1:2 Samverkan', '1:2', 'Samverkan'],
    ['Mål 3', '3', ''],
    ['Mål 3: Biblioteken ska vara öppna.', '3', 'Biblioteken ska vara öppna.'],
    ['Delmål 2.1 – Fler besök', '2.1', 'Fler besök'],
  ])('reads %j as number %s', (text, label, rest) => {
    expect(readMarker(text)).toMatchObject({ type: 'number', label, rest });
  });

  it('knows the goal kind a label names', () => {
    expect(readMarker('Effektmål 1: Andelen ska öka.')).toMatchObject({ kindHint: 'effect', label: '1' });
    expect(readMarker('Inriktningsmål 2. Trygghet')).toMatchObject({ kindHint: 'directional' });
    expect(readMarker('Mål 1')).toMatchObject({ kindHint: null });
  });

  it('reads "A." and "b)" as letters', () => {
    expect(readMarker('A. Antalet deltagare har ökat.')).toEqual({ type: 'letter', label: 'A', rest: 'Antalet deltagare har ökat.' });
    expect(readMarker('b) andra kriteriet')).toEqual({ type: 'letter', label: 'b', rest: 'andra kriteriet' });
  });

  it.each(['-5 % jämfört med i fjol', '2021 års mål', 'Mål 2022: 85 %', '131 81 Nacka', '75 % av brukarna', 'Målvärde 2021: 4,5', 'Socialnämndens mål'])(
    'does not read %j as a list item',
    (text) => {
      expect(readMarker(text)).toBeNull();
    },
  );

  it('finds the parent of a sub-goal label', () => {
    expect(parentLabel('1.2')).toBe('1');
    expect(parentLabel('12:3')).toBe('12');
    expect(parentLabel('3')).toBeNull();
    expect(parentLabel('A')).toBeNull();
  });
});
