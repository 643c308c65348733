import { describe, expect, it } from 'vitest';
import { cleanMethod, splitTrailingMethod } from './measurement-method';

describe('splitTrailingMethod', () => {
  it('takes "(Mäts genom …)" off the end, without the wrapper', () => {
    expect(splitTrailingMethod('Beslut ska vara välgrundade och korrekta. (Mäts genom att följa upp besvärsärenden)')).toEqual({
      text: 'Beslut ska vara välgrundade och korrekta.',
      method: 'att följa upp besvärsärenden',
    });
    expect(splitTrailingMethod('Regelbunden uppföljning. (Mäts genom intern statistik/uppföljning)')).toEqual({
      text: 'Regelbunden uppföljning.',
      method: 'intern statistik/uppföljning',
    });
  });

  it('accepts other spellings and a full stop after the parenthesis', () => {
    expect(splitTrailingMethod('Brukarna ska vara nöjda (mäts via: brukarundersökning).')).toEqual({
      text: 'Brukarna ska vara nöjda',
      method: 'brukarundersökning',
    });
  });

  it('leaves other parentheses and a method in the middle alone', () => {
    const text = 'Nöjd kund-index (NKI) ska öka (Mäts genom enkät) varje år.';
    expect(splitTrailingMethod(text)).toEqual({ text, method: null });
    expect(splitTrailingMethod('Andelen (i procent) ska öka.')).toEqual({ text: 'Andelen (i procent) ska öka.', method: null });
  });

  it('gives an empty method as null', () => {
    expect(splitTrailingMethod('Målet. (Mäts genom )')).toEqual({ text: 'Målet.', method: null });
  });
});

describe('cleanMethod', () => {
  it('drops the punctuation that tied a method to its surroundings', () => {
    expect(cleanMethod(': Andel brukare som känner sig trygga. ')).toBe('Andel brukare som känner sig trygga');
    expect(cleanMethod('Andel elever (skolenkät), ')).toBe('Andel elever (skolenkät)');
  });
});
