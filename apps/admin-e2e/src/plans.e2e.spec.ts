import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiGet } from './support/api-session';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi, type BrowserAgainstBuiltApi } from './support/e2e-harness';

/** The instant the seed recorded the first event of the 2020 plan (GET /api/events, read as an auditor would). */
async function firstRecordedAt(e2e: BrowserAgainstBuiltApi, stream: string): Promise<string> {
  const cookie = await e2e.sessionCookie('auditor');
  const page = (await apiGet(e2e.api.baseUrl, `/api/events?limit=1&stream=${stream}`, cookie)) as { events: { metadata: { recordedAt: string } }[] };
  const first = page.events[0];
  if (!first) throw new Error(`no events in ${stream}`);
  return first.metadata.recordedAt;
}

/** A section's goals: the list items with a history link (the indicators under a goal are list items too). */
function goalItems(page: Page, section: string) {
  return page.getByRole('region', { name: section }).getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Historik för/ }) });
}

describe.skipIf(!browserPresent)('reading plans and goal histories', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.signedInPage('auditor')));

  it('goes from committee to its years to the 2005 plan: 6 inriktningsmål and 7 effektmål', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Planer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'committees');

    await page.getByRole('link', { name: 'Socialnämnden' }).click();
    const table = page.getByRole('table', { name: 'Planer per år' });
    await table.waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(['2005 Utkast 13 mål —', '2020 Utkast 5 mål —']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'committee-plans');

    await table.getByRole('link', { name: '2005' }).click();
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden: mål 2005' }).waitFor();
    // The heading comes before the plan's answer, so the counts are polled until the goals are there.
    await expect.poll(() => goalItems(page, 'Inriktningsmål').count()).toBe(6);
    await expect.poll(() => goalItems(page, 'Effektmål').count()).toBe(7);
    await page.getByText('Mäts genom: brukarundersökning').first().waitFor();

    // The seed links an indicator to effect goal 1 with a target of at least 75 % for 2005, and no outcome.
    const indicators = page.getByRole('list', { name: 'Indikatorer för effektmål 1' });
    const satisfaction = indicators.getByRole('listitem').filter({ hasText: 'Andel nöjda personer och anhöriga' });
    await satisfaction.getByText('Mål 2005: minst 75 %').waitFor();
    expect(await satisfaction.getByRole('link').getAttribute('href')).toBe('/indikatorer/sn-nojdhet-omsorg');
    expect(await page.getByRole('link', { name: 'Uppföljning 2005' }).first().getAttribute('href')).toBe('/uppfoljning/socialnamnden/2005');
    expect(await page.title()).toBe('Mål 2005 · Målspåret');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'plan-2005');
  });

  it('shows the 2020 plan with its 4 focus areas, their description bullets and goals', async () => {
    await page.goto(e2e.url('/planer/socialnamnden/2020'));
    const plan = page.getByRole('article', { name: 'Socialnämnden: mål 2020' });
    await plan.waitFor();
    const areas = ['En attraktiv och växande kommun', 'En hållbar kommun', 'En lärande kommun', 'En öppen kommun'];
    expect(await plan.getByRole('heading', { level: 2 }).allTextContents()).toEqual(areas);
    const open = page.getByRole('region', { name: 'En öppen kommun' });
    expect(await open.getByRole('listitem').first().textContent()).toContain('transparenta');
    await open.getByText('Socialnämnden ska ha en tydlig och förståelig myndighetsutövning').waitFor();
    expect(await open.getByRole('link', { name: 'Sammanslaget från 2005' }).count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'plan-2020');

    // On a phone the years and the time picker move above the document; nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'plan-2020-phone');
  });

  it('shows the plans exactly as recorded before the 2020 seed import: 2005 yes, 2020 not yet, with a banner', async () => {
    const before2020 = new Date(Date.parse(await firstRecordedAt(e2e, 'plan-socialnamnden-2020')) - 1).toISOString();
    await page.goto(e2e.url(`/planer/socialnamnden/2020?asOf=${encodeURIComponent(before2020)}`));
    await page.getByRole('heading', { level: 2, name: 'Planen fanns inte ännu' }).waitFor();
    const banner = page.getByRole('status').filter({ hasText: 'Du ser planen som den var registrerad' });
    await banner.waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'plan-2020-not-yet-recorded');

    // The years keep the time: 2005 had been recorded by then.
    await page.getByRole('navigation', { name: 'Nämndens år' }).getByRole('link', { name: /2005/ }).click();
    await page.getByRole('region', { name: 'Inriktningsmål' }).waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(before2020);
    await expect.poll(() => goalItems(page, 'Inriktningsmål').count()).toBe(6);
    await banner.waitFor();
    await screenshot(page, 'plan-2005-as-of');

    await banner.getByRole('button', { name: 'Visa nuläget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden: mål 2005' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await banner.count()).toBe(0);
  });

  it('takes an as-of time from the picker (keyboard) and puts it in the address', async () => {
    await page.goto(e2e.url('/planer/socialnamnden/2020'));
    await page.getByRole('region', { name: 'En öppen kommun' }).waitFor();
    const picker = page.getByLabel('Visa planen som den var registrerad');
    await picker.fill('2020-01-01T00:00:00');
    await picker.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Planen fanns inte ännu' }).waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(new Date(2020, 0, 1).toISOString());
    await page.getByText('Du ser planen som den var registrerad 2020-01-01 00:00:00.').waitFor();
    await page.goBack();
    await page.getByRole('region', { name: 'En öppen kommun' }).waitFor();
  });

  it('opens a goal history with every wording, who, when and why, and the lineage as links', async () => {
    await page.goto(e2e.url('/planer/socialnamnden/2005'));
    await page.getByRole('link', { name: 'Historik för inriktningsmål 3' }).click();
    await page.getByRole('heading', { level: 1, name: 'Historik: inriktningsmål 3' }).waitFor();
    const timeline = page.getByRole('region', { name: 'Formuleringar och händelser' });
    const added = timeline.getByRole('article', { name: 'Tillagt 2005' });
    await added.waitFor();
    for (const shown of ['system:seed', 'System', '2005-01-01', 'Import av källdokumentet socialnamndens-mal-2005.txt']) {
      await added.getByText(shown, { exact: true }).first().waitFor();
    }
    const lineage = page.getByRole('region', { name: 'Släktskap mellan åren' });
    await lineage.getByText('Sammanslaget', { exact: true }).waitFor();
    await lineage.getByRole('link', { name: 'nämndmål 1 (2020)' }).waitFor();
    expect(await page.title()).toBe('Målets historik · Målspåret');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'goal-history');

    await lineage.getByRole('link', { name: 'nämndmål 1 (2020)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Historik: nämndmål 1' }).waitFor();
    const from = page.getByRole('region', { name: 'Släktskap mellan åren' });
    expect(await from.getByRole('link', { name: /inriktningsmål 3 \(2005\)|effektmål 7 \(2005\)/ }).count()).toBe(2);
  });

  it('gives an auditor no edit controls anywhere', async () => {
    const editControls = () => page.getByRole('button', { name: /Formulera om|Spara|Ta bort|Anta|Ny /i });
    for (const path of ['/', '/planer', '/planer/socialnamnden', '/planer/socialnamnden/2005']) {
      await page.goto(e2e.url(path));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await editControls().count(), path).toBe(0);
    }
    await page.getByRole('link', { name: 'Historik för effektmål 1' }).click();
    await page.getByRole('region', { name: 'Formuleringar och händelser' }).waitFor();
    expect(await editControls().count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
  });

  it('shows the not-found page for an unknown address, served by the API as the SPA', async () => {
    const response = await page.goto(e2e.url('/no/such/page'));
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'not-found');
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målspåret' }).waitFor();
  });
});
