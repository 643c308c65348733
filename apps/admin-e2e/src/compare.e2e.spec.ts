import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

// The flow colour of `merged` in the diagram (libs/admin/feature-compare/src/lineage/relation-colors.ts).
const mergedColor = '#6d28d9';

// The seeded lineage (libs/goals/application/src/imports/sample-data/socialnamnden-lineage.json).
const merged2020 = 'Socialnämnden ska ha en tydlig och förståelig myndighetsutövning';
const mergedRationale = 'Tydliga värderingar bakom prioriteringarna och välgrundade beslut blev tillsammans en tydlig och förståelig myndighetsutövning.';
const retired2 = 'Målet om egen försörjning för den som har ekonomiskt bistånd har ingen motsvarighet bland 2020 års mål.';
const retired4 = 'Det alkohol- och drogförebyggande målet har ingen motsvarighet bland 2020 års mål.';

/** A row's cells as text, whitespace collapsed: from goal, to goal, relation, rationale. */
async function cells(row: Locator): Promise<string[]> {
  return (await row.locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe.skipIf(!browserPresent)('comparing two years of a committee', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.signedInPage('auditor')));

  it('chooses 2005 and 2020 by keyboard and shows both plans marked, with the legend and counts', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Jämför år' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jämför år' }).waitFor();
    const earlier = page.getByLabel('Tidigare år');
    await earlier.locator('option', { hasText: '2005' }).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Nämnd').inputValue()).toBe('socialnamnden');
    await earlier.selectOption({ label: '2005' });
    await page.getByLabel('Senare år').selectOption({ label: '2020' });
    await page.getByLabel('Senare år').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Jämför');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Socialnämnden: 2005 jämfört med 2020' }).waitFor();
    expect(new URL(page.url()).search).toBe('?committee=socialnamnden&from=2005&to=2020');
    const legend = page.getByRole('region', { name: 'Teckenförklaring och antal' });
    const counts = await legend.locator('.count').evaluateAll((items) =>
      items.map((item) => [item.querySelector('.gt-badge')?.textContent?.trim(), item.querySelector('dd')?.textContent?.trim()]),
    );
    expect(counts).toEqual([
      ['Nytt', '1'],
      ['Avslutat', '8'],
      ['Omformulerat', '5'],
      ['Flyttat', '5'],
      ['Oförändrat', '0'],
    ]);

    const plan2005 = page.getByRole('region', { name: 'Målen 2005' });
    const plan2020 = page.getByRole('region', { name: 'Målen 2020' });
    expect(await plan2005.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^(Inriktningsmål|Effektmål) \d$/ }) }).count()).toBe(13);
    const im2 = plan2005.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Inriktningsmål 2', exact: true }) });
    expect(await im2.getByText('Avslutat', { exact: true }).count()).toBe(1);
    await im2.getByText(retired2).waitFor();
    const merged = plan2020.getByRole('listitem').filter({ hasText: merged2020 }).first();
    await merged.getByText('Sammanslaget från Inriktningsmål 3 (2005)').waitFor();
    await merged.getByText('Sammanslaget från Effektmål 7 (2005)').waitFor();
    // One-to-one rewordings mark the words: deleted on the 2005 side, inserted on the 2020 side.
    expect(await plan2005.locator('del').count()).toBeGreaterThan(0);
    expect(await plan2020.locator('ins').count()).toBeGreaterThan(0);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compare-2005-2020');
  });

  it('lists every lineage link in a table: the merger into the 2020 goal and the retired goals with their rationale', async () => {
    await page.goto(e2e.url('/jamfor?committee=socialnamnden&from=2005&to=2020'));
    const table = page.getByRole('table', { name: 'Alla länkar mellan målen 2005 och 2020' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(9);
    const row = (from: string) => rows.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${from} \\(2005\\)`) }) });
    for (const from of ['Inriktningsmål 3', 'Effektmål 7']) {
      const [fromCell, toCell, relation, rationale] = await cells(row(from));
      expect(fromCell).toContain(`${from} (2005)`);
      expect(toCell).toBe(`Nämndmål 1, En öppen kommun (2020) ${merged2020}`);
      expect(relation).toBe('Sammanslaget registrerad av planerare');
      expect(rationale).toBe(mergedRationale);
    }
    for (const [from, why] of [['Inriktningsmål 2', retired2], ['Inriktningsmål 4', retired4]] as const) {
      const [, toCell, relation, rationale] = await cells(row(from));
      expect([toCell, relation, rationale]).toEqual(['Ingen efterföljare', 'Avslutat registrerad av planerare', why]);
    }
    // The table scrolls sideways on its own; keyboard users reach it.
    await page.getByRole('region', { name: 'Alla länkar mellan målen 2005 och 2020' }).focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Alla länkar mellan målen 2005 och 2020');

    await row('Inriktningsmål 3').getByRole('link', { name: 'Nämndmål 1, En öppen kommun (2020)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Historik: nämndmål 1' }).waitFor();
  });

  it('draws the lineage as a lazily loaded Sankey diagram with a text alternative and relations in the tooltips', async () => {
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
    await page.goto(e2e.url('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(chunks.some((path) => path.includes('echarts'))).toBe(false);

    await page.goto(e2e.url('/jamfor?committee=socialnamnden&from=2005&to=2020'));
    const chart = page.getByRole('img', { name: /^Flödesdiagram: 9 länkar mellan 13 mål 2005 och 5 mål 2020\./ });
    await chart.locator('svg').waitFor();
    expect(chunks.some((path) => path.includes('echarts'))).toBe(true);
    await chart.locator('svg text', { hasText: 'Inriktningsmål 3' }).waitFor();
    await chart.locator('svg text', { hasText: 'Avslutade efter 2005' }).waitFor();

    // A flow's tooltip names both goals, the relation and the rationale: hover one merged flow.
    await chart.locator(`path[fill="${mergedColor}"]`).first().hover({ force: true });
    const tooltip = chart.locator('div').filter({ hasText: 'Motivering:' }).last();
    await tooltip.waitFor();
    expect((await tooltip.innerText()).replace(/\s+/g, ' ')).toMatch(
      new RegExp(`^(Inriktningsmål 3|Effektmål 7) → Nämndmål 1, En öppen kommun Sammanslaget Motivering: ${mergedRationale}$`),
    );

    await page.getByRole('list', { name: 'Färger i diagrammet' }).getByText('Sammanslaget').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compare-lineage');

    // On a phone the columns stack and nothing but the link table (its own scroll region) overflows sideways.
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 390, height: 844 });
    // The chart redraws at the new width on its ResizeObserver's next turn.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'compare-phone');
  });

  it('refuses a later year that comes first, and works in English', async () => {
    await page.goto(e2e.url('/jamfor'));
    await page.getByLabel('Tidigare år').locator('option', { hasText: '2020' }).waitFor({ state: 'attached' });
    await page.getByLabel('Tidigare år').selectOption({ label: '2020' });
    await page.getByLabel('Senare år').selectOption({ label: '2005' });
    await page.getByRole('button', { name: 'Jämför' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det tidigare året måste komma före det senare.' }).waitFor();
    expect(new URL(page.url()).search).toBe('');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare years' }).waitFor();
    await page.getByLabel('Later year').selectOption({ label: '2020' });
    await page.getByLabel('Earlier year').selectOption({ label: '2005' });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('table', { name: 'Every link between the goals of 2005 and 2020' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
