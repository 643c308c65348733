import { describe, expect, it } from 'vitest';
import { detectDetailLine } from './detail-lines';

describe('detectDetailLine', () => {
  it.each([
    ['Mäts genom: intern statistik', { kind: 'method', text: 'intern statistik' }],
    ['(Mäts genom brukarundersökning)', { kind: 'method', text: 'brukarundersökning' }],
    ['Mätmetod: Skolenkäten', { kind: 'method', text: 'Skolenkäten' }],
    ['Indikator: Andel nöjda brukare. Minst 90 %', { kind: 'indicator', text: 'Andel nöjda brukare. Minst 90 %' }],
    ['Nyckeltal 2.1: Kostnad per brukare', { kind: 'indicator', text: 'Kostnad per brukare' }],
    ['Målvärde: 85 %', { kind: 'target', text: '85 %' }],
    ['Målvärde 2021: 4,5', { kind: 'target', text: '4,5' }],
    ['Målvärde för 2022 högst 30 dagar', { kind: 'target', text: 'högst 30 dagar' }],
    ['Mål 2023: 90 %', { kind: 'target', text: '90 %' }],
    ['Minst 90 %', { kind: 'target', text: 'Minst 90 %' }],
    ['Målet är uppnått när:', { kind: 'achievement', text: '' }],
    ['Målet är uppnått när besöken ökar med 5 %.', { kind: 'achievement', text: 'besöken ökar med 5 %.' }],
    ['Målet anses vara uppfyllt om andelen är minst 80 %', { kind: 'achievement', text: 'andelen är minst 80 %' }],
  ])('%s', (text, expected) => {
    expect(detectDetailLine(text)).toEqual(expected);
  });

  it.each([
    'Målvärdet följs upp i årsredovisningen varje år.',
    'Minst 70 % av eleverna ska uppge att de trivs i skolan.',
    'Indikatorer',
    'Medborgarna ska anse att Nacka är en trygg kommun.',
  ])('does not read %j as a detail', (text) => {
    expect(detectDetailLine(text)).toBeNull();
  });
});
