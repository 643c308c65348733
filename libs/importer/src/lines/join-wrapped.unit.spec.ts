import { describe, expect, it } from 'vitest';
import { joinWrapped } from './join-wrapped';

describe('joinWrapped', () => {
  it.each([
    [['hälsa och välmående, ba-', 'lanserad demografi'], 'hälsa och välmående, balanserad demografi'],
    [['lyssnande och till-', 'gängliga'], 'lyssnande och tillgängliga'],
    [['i enlighet med FN-', 'konventionen'], 'i enlighet med FN-konventionen'],
    [['under åren 2020-', '2023'], 'under åren 2020-2023'],
    [['socialtjänst och hälso-', 'och sjukvården'], 'socialtjänst och hälso- och sjukvården'],
    [['inom handikapp-', 'eller äldreomsorgen'], 'inom handikapp- eller äldreomsorgen'],
    [['fler e-', 'tjänster'], 'fler e-tjänster'],
    [['vård -', 'och omsorg'], 'vård - och omsorg'],
    [['nämndens mål ska nås ba-', 'Lanserat'], 'nämndens mål ska nås ba-Lanserat'],
  ])('joins %j as "%s"', (parts, joined) => {
    expect(joinWrapped(parts)).toBe(joined);
  });

  it('joins ordinary wrapped lines with one space and leaves words such as "Socialnämndens" whole', () => {
    expect(joinWrapped(['Socialnämnden är en attraktiv arbetsgivare som tillhandahåller tjänster av god', 'kvalitet'])).toBe(
      'Socialnämnden är en attraktiv arbetsgivare som tillhandahåller tjänster av god kvalitet',
    );
    expect(joinWrapped(['Socialnämndens', 'mål'])).toBe('Socialnämndens mål');
  });

  it('keeps a hyphen inside a line untouched', () => {
    expect(joinWrapped(['anhöriga inom handikapp- och övriga omsorger'])).toBe('anhöriga inom handikapp- och övriga omsorger');
  });

  it('skips empty parts and joins nothing to nothing', () => {
    expect(joinWrapped(['', 'ett', '', 'två'])).toBe('ett två');
    expect(joinWrapped([])).toBe('');
  });

  it('mends several breaks in a row', () => {
    expect(joinWrapped(['för-', 'skole-', 'klass'])).toBe('förskoleklass');
  });
});
