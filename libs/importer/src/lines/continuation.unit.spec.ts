import { describe, expect, it } from 'vitest';
import { continuesText, endsOpen, looksLikeHeading } from './continuation';

describe('continuation signals', () => {
  it('continues a line that starts in lower case or with closing punctuation', () => {
    expect(continuesText('tjänster av god', 'kvalitet')).toBe(true);
    expect(continuesText('Beslut ska vara välgrundade', ', och korrekta.')).toBe(true);
  });

  it('continues after a line that stops mid-sentence, even before a capital', () => {
    expect(endsOpen('Socialnämnden samverkar med')).toBe(true);
    expect(endsOpen('skolor, universitet och andra vårdgivare,')).toBe(true);
    expect(endsOpen('hälso-')).toBe(true);
    expect(continuesText('Personalen ska ha den utbildning som', 'Socialstyrelsens allmänna råd anger.')).toBe(true);
  });

  it('does not continue a finished sentence with a capitalised one', () => {
    expect(continuesText('Alla ska känna sig trygga.', 'Ingen ska behöva vänta.')).toBe(false);
    expect(continuesText('Socialnämnden ska ha en tydlig myndighetsutövning', 'Kommunfullmäktige')).toBe(false);
  });

  it('tells a short title from a sentence', () => {
    expect(looksLikeHeading('Trygghet och värdighet')).toBe(true);
    expect(looksLikeHeading('Alla ska känna sig trygga.')).toBe(false);
    expect(looksLikeHeading('Äldre ska kunna leva ett')).toBe(false);
    expect(looksLikeHeading('trygghet')).toBe(false);
    expect(looksLikeHeading('En mycket lång rad med många ord som inte är en rubrik alls')).toBe(false);
  });
});
