import { describe, expect, it } from 'vitest';
import { readCommitteeName, readYears, sameCommittee, yearFromFileName } from './document-title';

describe('readCommitteeName', () => {
  it.each([
    ['Socialnämndens mål 2005', 'Socialnämnden'],
    ['Socialnämnden', 'Socialnämnden'],
    ['Kultur- och fritidsnämndens mål 2022', 'Kultur- och fritidsnämnden'],
    ['Mål för Vård- och omsorgsnämnden', 'Vård- och omsorgsnämnden'],
    ['Kommunstyrelsens verksamhetsplan', 'Kommunstyrelsen'],
    ['SOCIALNÄMNDEN', 'Socialnämnden'],
  ])('%s names %s', (text, name) => {
    expect(readCommitteeName(text)).toBe(name);
  });

  it('finds no committee in generic words', () => {
    expect(readCommitteeName('Nämndens mål')).toBeNull();
    expect(readCommitteeName('Mål och budget 2021')).toBeNull();
  });
});

describe('readYears', () => {
  it('reads plan years but not case numbers or dates', () => {
    expect(readYears('Socialnämndens mål 2020')).toEqual([2020]);
    expect(readYears('Mål och budget 2021–2023')).toEqual([2021, 2023]);
    expect(readYears('Dnr SN 2020/143')).toEqual([]);
    expect(readYears('Beslutad 2020-11-25')).toEqual([]);
    expect(readYears('Telefon 08-718 20200')).toEqual([]);
  });

  it('reads the year of a file name', () => {
    expect(yearFromFileName('socialnamndens-mal-2005.txt')).toBe(2005);
    expect(yearFromFileName('mal_2020_final.txt')).toBe(2020);
    expect(yearFromFileName('mal.txt')).toBeNull();
  });
});

describe('sameCommittee', () => {
  it('ignores case and diacritics, so a slug matches the name', () => {
    expect(sameCommittee('socialnamnden', 'Socialnämnden')).toBe(true);
    expect(sameCommittee('Äldrenämnden', 'Socialnämnden')).toBe(false);
  });
});
