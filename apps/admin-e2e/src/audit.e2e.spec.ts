import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiGet } from './support/api-session';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi, type BrowserAgainstBuiltApi } from './support/e2e-harness';

interface LogFacts {
  total: number;
  bySeed: number;
  linked: number;
}

/** What the log holds, read over HTTP as an auditor would: the view must agree with it. */
async function logFacts(e2e: BrowserAgainstBuiltApi): Promise<LogFacts> {
  const cookie = await e2e.sessionCookie('auditor');
  const page = (await apiGet(e2e.api.baseUrl, '/api/events?limit=1000', cookie)) as { events: { type: string; metadata: { actor: string } }[] };
  return {
    total: page.events.length,
    bySeed: page.events.filter((event) => event.metadata.actor === 'system:seed').length,
    linked: page.events.filter((event) => event.type === 'GoalsLinked').length,
  };
}

describe.skipIf(!browserPresent)('auditing the event log', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;
  let facts: LogFacts;

  beforeAll(async () => (facts = await logFacts(e2e)));

  beforeEach(async () => (page = await e2e.signedInPage('auditor')));

  const table = () => page.getByRole('table', { name: 'Händelseloggen' });
  const rows = () => table().locator('tbody tr');

  it('lists the seed events by system:seed and shows the hash chain intact with its count', async () => {
    expect(facts.bySeed).toBeGreaterThan(40);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
    const chain = page.getByRole('region', { name: 'Hashkedjan' });
    await chain.getByRole('status').getByText(`Obruten kedja: alla ${facts.total} händelser stämmer.`).waitFor();
    await chain.getByText('OK', { exact: true }).waitFor();

    await table().waitFor();
    expect(await rows().count()).toBe(facts.total);
    expect(await table().getByRole('columnheader').allInnerTexts()).toEqual(['Position', 'Registrerad', 'Gäller från', 'Ström', 'Typ', 'Vem', 'Roll', 'Skäl', 'Beslut']);
    const first = (await rows().nth(1).locator('th, td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(first).toEqual([
      '2',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      '2005-01-01',
      'committee-socialnamnden version 0',
      'CommitteeRegistered',
      'system:seed',
      'System',
      'Import av källdokumentet socialnamndens-mal-2005.txt',
      '—',
    ]);

    await page.getByLabel('Vem').selectOption('system:seed');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByText(`Visar ${facts.bySeed} av ${facts.total} inlästa händelser.`).waitFor();
    expect(await rows().count()).toBe(facts.bySeed);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'audit');

    await chain.getByRole('button', { name: 'Kontrollera igen' }).click();
    await chain.getByRole('status').getByText(`Obruten kedja: alla ${facts.total} händelser stämmer.`).waitFor();
    await chain.getByText(/^Kontrollerad \d{4}-\d{2}-\d{2} /).waitFor();
  });

  it('narrows the list by type, and by stream prefix through the API, keeping the filters in the address', async () => {
    await page.goto(e2e.url('/granskning'));
    await table().waitFor();
    await page.getByLabel('Händelsetyp').selectOption('GoalsLinked');
    // Keyboard only: a select does not submit its form on Enter, so on to the button.
    await page.getByRole('button', { name: 'Filtrera' }).press('Enter');
    await page.getByText(`Visar ${facts.linked} av ${facts.total} inlästa händelser.`).waitFor();
    expect(await rows().count()).toBe(facts.linked);
    expect(new Set(await rows().locator('td:nth-child(5)').allInnerTexts())).toEqual(new Set(['GoalsLinked']));
    expect(new URL(page.url()).search).toBe('?type=GoalsLinked');

    const streamRead = page.waitForRequest((request) => request.url().includes('/api/events?') && request.url().includes('stream=plan-socialnamnden-2020'));
    await page.getByLabel('Händelsetyp').selectOption('');
    await page.getByLabel('Ström (början av namnet)').fill('plan-socialnamnden-2020');
    await page.getByLabel('Ström (början av namnet)').press('Enter');
    await streamRead;
    await page.getByText(/^Visar (\d+) av \1 inlästa händelser\.$/).waitFor();
    const streams = new Set((await rows().locator('td:nth-child(4) code').allInnerTexts()).map((text) => text.trim()));
    expect(streams).toEqual(new Set(['plan-socialnamnden-2020']));
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'audit-phone');
  });

  it('downloads the filtered rows as CSV with a header and one escaped row per event', async () => {
    await page.goto(e2e.url('/granskning?type=GoalsLinked'));
    await table().waitFor();
    const button = page.getByRole('button', { name: `Exportera CSV (${facts.linked} händelser)` });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^handelselogg-\d{8}-\d{6}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('position,registrerad,gäller från,ström,strömversion,typ,vem,roll,skäl,beslut,händelse-id');
    const body = lines.slice(1).filter(Boolean);
    expect(body).toHaveLength(facts.linked);
    expect(body.every((line) => line.includes(',lineage-socialnamnden,') && line.includes(',GoalsLinked,system:seed,system,'))).toBe(true);
    await page.getByRole('status').filter({ hasText: `med ${facts.linked} händelser är skapad.` }).waitFor();
  });
});
