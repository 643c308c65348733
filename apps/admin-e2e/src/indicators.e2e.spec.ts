import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiGet } from './support/api-session';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

// Effect goal 1 of the seeded 2005 plan: the seed gives it this indicator and a 75 % target for 2005.
const satisfaction = 'Andel nöjda personer och anhöriga inom handikapp- och övriga omsorger';
const satisfactionId = 'sn-nojdhet-omsorg';

/** A Kolada `/v3/data` file, one entry a line: entry `i` sits on line `i + 2`. */
function koladaFile(entries: { kpi: string; period: number; value: unknown }[]): string {
  const lines = entries.map(({ kpi, period, value }) =>
    JSON.stringify({ kpi, municipality: '0182', period, values: [{ gender: 'T', value, count: 1, status: '' }] }),
  );
  return `{"count":${entries.length},"next_page":null,"values":[\n${lines.join(',\n')}\n]}\n`;
}

/** Keeps every text the upload's progress line shows, however briefly, to read back after the upload. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.getElementById('kolada-progress-label')?.textContent?.trim();
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { progressSeen: string[] }).progressSeen);
}

describe.skipIf(!browserPresent)('indicators, their series, follow-up and Kolada upload', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.newPage()));

  const seriesTable = () => page.getByRole('table', { name: 'Målvärden och utfall per period' });

  it('lists the seeded indicators for an admin and shows one with its chart and table of the 75 % target', async () => {
    await e2e.signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Indikatorer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indikatorer' }).waitFor();
    const list = page.getByRole('table', { name: 'Alla indikatorer' });
    await list.waitFor();
    expect(await list.getByRole('row').count()).toBe(1 + 6);
    const row = list.getByRole('row').filter({ hasText: satisfaction });
    await row.getByText('Effektmål 1 (2005)').waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Procent', 'brukarundersökning', '—', 'Effektmål 1 (2005)', 'v1']);
    await page.getByRole('heading', { level: 2, name: 'Ny indikator' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicators');

    await row.getByRole('link', { name: satisfaction }).click();
    await page.getByRole('heading', { level: 1, name: satisfaction }).waitFor();
    const chart = page.getByRole('img', { name: /^Diagram: utfall och målvärden/ });
    await chart.locator('svg').waitFor();
    const target2005 = seriesTable().getByRole('row', { name: /^2005/ });
    expect((await target2005.getByRole('cell').first().textContent())?.trim()).toBe('minst 75 %');
    await page.getByRole('heading', { level: 2, name: 'Definitionens versioner' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ändra definitionen' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator');
  });

  it('lets a planner record an outcome with the keyboard, and puts a refused period beside its field', async () => {
    await e2e.signIn(page, 'planner');
    await page.goto(e2e.url(`/indikatorer/${satisfactionId}`));
    await seriesTable().waitFor();

    await page.getByLabel('Period', { exact: true }).fill('2005-13');
    await page.getByLabel('Utfall (Procent)').fill('73');
    await page.getByLabel('Källa', { exact: true }).fill('Brukarundersökning 2005');
    await page.getByRole('button', { name: 'Spara utfallet' }).click();
    await page.getByText('month must be 01 … 12').waitFor();
    expect(await page.getByLabel('Period', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('measurement-period');
    expect(await seriesTable().getByRole('row').count()).toBe(1 + 1);

    // Correct the period and send with Enter, never leaving the keyboard.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2005');
    await page.keyboard.press('Enter');
    await page.getByText('Utfallet för 2005 är sparat.').waitFor();
    const row2005 = seriesTable().getByRole('row', { name: /^2005/ });
    await row2005.getByText('73 %', { exact: true }).waitFor();
    expect(await row2005.textContent()).toContain('Brukarundersökning 2005');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-outcome-recorded');

    // 73 % against at least 75 %: effect goal 1 is red in the 2005 follow-up, with the rule beside it.
    await page.getByRole('link', { name: 'Uppföljning 2005' }).click();
    const goal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Effektmål 1' }) });
    await goal.getByText('Röd', { exact: false }).first().waitFor();
    expect(await goal.textContent()).toContain('utfall 73 % < målvärde 75 % → röd');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'follow-up');
  });

  it('shows an auditor the indicators with no edit controls', async () => {
    await e2e.signIn(page, 'auditor');
    await page.goto(e2e.url('/indikatorer'));
    await page.getByRole('table', { name: 'Alla indikatorer' }).waitFor();
    expect(await page.getByRole('link', { name: 'Importera utfall från Kolada' }).count()).toBe(0);
    expect(await page.getByRole('main').locator('form').count()).toBe(0);
    await page.goto(e2e.url(`/indikatorer/${satisfactionId}`));
    await seriesTable().waitFor();
    expect(await page.getByRole('main').locator('form').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
  });

  it('uploads a Kolada file through a dry run and the import, and shows the new outcome in the series', async () => {
    const cookie = await e2e.sessionCookie('admin');
    const created = await fetch(e2e.url('/api/indicators'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ indicatorId: 'invanare', name: 'Invånare', unit: 'count', direction: 'increase', measurementMethod: 'Kolada', dataSource: 'Kolada', koladaKpiId: 'N00001' }),
    });
    expect(created.status).toBe(201);

    await e2e.signIn(page, 'planner');
    await page.goto(e2e.url('/indikatorer'));
    await page.getByRole('link', { name: 'Importera utfall från Kolada' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera utfall från Kolada' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'kolada-import');

    const file = koladaFile([
      { kpi: 'N00001', period: 2019, value: 104_000 },
      { kpi: 'N99999', period: 2019, value: 5 },
    ]);
    await page.getByLabel('Kolada-fil (JSON)').setInputFiles({ name: 'kolada-nacka.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const progressSeen = await watchProgress(page);
    await page.getByRole('button', { name: 'Provkör (inget sparas)' }).click();
    const dryRun = page.getByRole('region', { name: 'Provkörning: så här skulle det bli' });
    await dryRun.getByText('Inget är sparat ännu.').waitFor();
    expect(await dryRun.getByRole('definition').allTextContents()).toEqual(expect.arrayContaining(['2', '1', 'N99999', 'invanare']));
    expect((await progressSeen()).some((text) => text.startsWith('Skickar filen:') || text.startsWith('Filen är skickad.'))).toBe(true);
    expect((await apiGet(e2e.api.baseUrl, '/api/indicators/invanare', cookie)) as { measurementCount: number }).toMatchObject({ measurementCount: 0 });

    await dryRun.getByRole('button', { name: 'Importera filen' }).click();
    const done = page.getByRole('region', { name: 'Importen är klar' });
    await done.getByText('1 händelse skrevs.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'kolada-imported');

    await done.getByRole('link', { name: 'invanare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Invånare' }).waitFor();
    const row2019 = seriesTable().getByRole('row', { name: /^2019/ });
    expect(await row2019.textContent()).toMatch(/104\s000/);
    expect(await row2019.textContent()).toContain('Kolada');
  });

  it('names the line and path of a malformed Kolada file and writes nothing', async () => {
    await e2e.signIn(page, 'admin');
    await page.goto(e2e.url('/importera/kolada'));
    const cookie = await e2e.sessionCookie('admin');
    const headPosition = async () => ((await apiGet(e2e.api.baseUrl, '/api/health', cookie)) as { headPosition: string }).headPosition;
    const before = await headPosition();
    const broken = koladaFile([
      { kpi: 'N00001', period: 2020, value: 105_000 },
      { kpi: 'N00001', period: 2021, value: 'många' },
    ]);
    await page.getByLabel('Kolada-fil (JSON)').setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Filen kunde inte importeras' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Rad 3, values[1].values[0].value');
    expect(await alert.textContent()).toContain('Inget sparades.');
    expect(await headPosition()).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'kolada-malformed');
  });
});
