import { describe, expect, it } from 'vitest';
import { directional2005 } from '../testing/seed-2005.fixture';
import { text2020 } from '../testing/seed-2020.fixture';
import { tokenize } from './tokenize';
import { formatWordDiff, wordDiff } from './word-diff';

describe('tokenize', () => {
  it('keeps Swedish words whole and splits off punctuation, percent signs and parentheses', () => {
    const tokens = tokenize('öka till 75 %, i förhållande (Mäts genom brukarundersökning) via e-post');
    expect(tokens.map((t) => t.text)).toEqual([
      'öka',
      'till',
      '75',
      '%',
      ',',
      'i',
      'förhållande',
      '(',
      'Mäts',
      'genom',
      'brukarundersökning',
      ')',
      'via',
      'e-post',
    ]);
    expect(tokens.filter((t) => !t.spaceBefore).map((t) => t.text)).toEqual(['öka', ',', 'Mäts', ')']);
  });

  it('reads decomposed å ä ö (as PDFs often give them) as the same words as composed ones', () => {
    expect(tokenize('Nackaborna får välfärd'.normalize('NFD'))).toEqual(tokenize('Nackaborna får välfärd'));
  });
});

describe('wordDiff', () => {
  it('given 2005 inriktningsmål 3 and the 2020 goal it merged into, then the common words are kept and the rest marked', () => {
    const tokens = wordDiff(directional2005(3), text2020('oppen', 1));
    expect(formatWordDiff(tokens)).toBe(
      '[-De värderingar som ligger till grund för kommunens prioriteringar inom socialtjänsten-]{+Socialnämnden+} ska ' +
        '[-göras tydliga för Nackaborna.-] {+ha en tydlig och förståelig myndighetsutövning+}',
    );
    expect(tokens.filter((t) => t.op === 'equal').map((t) => t.text)).toEqual(['ska']);
  });

  it('given a small rewording, then only the changed words and the comma are marked', () => {
    const tokens = wordDiff(
      text2020('oppen', 1),
      'Socialnämnden ska ha en tydlig, förståelig och rättssäker myndighetsutövning',
    );
    expect(formatWordDiff(tokens)).toBe(
      'Socialnämnden ska ha en tydlig [-och-]{+,+} förståelig {+och rättssäker+} myndighetsutövning',
    );
    expect(tokens.filter((t) => t.op !== 'equal')).toEqual([
      { op: 'delete', text: 'och', spaceBefore: true },
      { op: 'insert', text: ',', spaceBefore: false },
      { op: 'insert', text: 'och', spaceBefore: true },
      { op: 'insert', text: 'rättssäker', spaceBefore: true },
    ]);
  });

  it('treats a changed letter as a changed word: "tydlig" is not "tydliga", "å" is not "a"', () => {
    expect(formatWordDiff(wordDiff('göras tydliga', 'göras tydlig'))).toBe('göras [-tydliga-] {+tydlig+}');
    expect(formatWordDiff(wordDiff('Nacka – vård', 'Nacka – vård'.replace('å', 'a')))).toBe(
      'Nacka – [-vård-] {+vard+}',
    );
  });

  it('given the same wording apart from whitespace and Unicode form, then every token is equal', () => {
    const tokens = wordDiff(
      directional2005(5),
      `  ${directional2005(5).normalize('NFD').replaceAll(' ', '\n ')}`,
    );
    expect(tokens.every((t) => t.op === 'equal')).toBe(true);
  });

  it('given an empty side, then everything is inserted or deleted', () => {
    expect(wordDiff('', 'Ny text.').map((t) => t.op)).toEqual(['insert', 'insert', 'insert']);
    expect(wordDiff('Gammal.', '').map((t) => t.op)).toEqual(['delete', 'delete']);
  });

  it('is deterministic', () => {
    expect(wordDiff(directional2005(1), directional2005(6))).toEqual(
      wordDiff(directional2005(1), directional2005(6)),
    );
  });
});
