import { describe, expect, it } from 'vitest';
import { detectHeading } from './detect-headings';

describe('detectHeading', () => {
  it.each([
    ['Inriktningsmål', 'directional'],
    ['Övergripande inriktningsmål 2021:', 'directional'],
    ['Socialnämndens inriktningsmål', 'directional'],
    ['Effektmål', 'effect'],
    ['Effektmål för 2022', 'effect'],
    ['Socialnämndens mål:', 'committee'],
    ['Kultur- och fritidsnämndens mål', 'committee'],
    ['Nämndens mål', 'committee'],
    ['Nämndmål 2021', 'committee'],
    ['Mål och indikatorer 2023', 'committee'],
  ])('%s introduces %s goals', (text, kind) => {
    expect(detectHeading(text)).toMatchObject({ type: 'goals', kind });
  });

  it('names the committee and year a goals heading mentions', () => {
    expect(detectHeading('Socialnämndens mål 2020')).toEqual({ type: 'goals', kind: 'committee', committee: 'Socialnämnden', year: 2020 });
    expect(detectHeading('Nämndens mål')).toEqual({ type: 'goals', kind: 'committee', committee: null, year: null });
  });

  it.each([
    ['Kommunfullmäktiges strategiska inriktningsområde:', null],
    ['Kommunfullmäktiges strategiska inriktningsområde: En öppen kommun', 'En öppen kommun'],
    ['Målområde 1: Trygghet och värdighet', 'Trygghet och värdighet'],
    ['Fokusområde – Livskvalitet', 'Livskvalitet'],
    ['Perspektiv Medborgare', 'Medborgare'],
    ['Prioriterat område 2', null],
  ])('%s introduces a focus area titled %s', (text, title) => {
    expect(detectHeading(text)).toEqual({ type: 'focus-area', title });
  });

  it('reads "Beskrivning" with or without its first item, and indicator list headings', () => {
    expect(detectHeading('Beskrivning')).toEqual({ type: 'description', text: null });
    expect(detectHeading('Beskrivning: Där alla ges förutsättningar')).toEqual({ type: 'description', text: 'Där alla ges förutsättningar' });
    expect(detectHeading('Indikatorer')).toEqual({ type: 'indicators' });
    expect(detectHeading('Nyckeltal:')).toEqual({ type: 'indicators' });
  });

  it.each([
    'Målområdet omfattar hela socialtjänsten.',
    'Perspektiv på framtiden',
    'Effektmålen följs upp i delårsrapporten.',
    'Indikator: Andel nöjda brukare',
    'Medborgarna ska anse att Nacka är en trygg kommun.',
    'Inriktningsmål '.repeat(20),
  ])('%j is not a heading', (text) => {
    expect(detectHeading(text.trim())).toBeNull();
  });
});
