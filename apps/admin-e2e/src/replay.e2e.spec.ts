import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

/** "Händelse 17 av 34: …" → [17, 34]. */
function stepOf(text: string): [number, number] {
  const match = /Händelse ([\d\s]+) av ([\d\s]+)/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`no step in "${text}"`);
  return [Number(match[1].replace(/\s/g, '')), Number(match[2].replace(/\s/g, ''))];
}

describe.skipIf(!browserPresent)('replaying the event log in the browser', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  // The polite live region that names each step (visually hidden, read by screen readers).
  const announcement = () => page.getByRole('status').filter({ hasText: /^Händelse \d/ });
  const waitForStep = (pattern: RegExp) => announcement().filter({ hasText: pattern }).waitFor();

  async function openReplay(): Promise<number> {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Återspela' }).click();
    await page.getByRole('heading', { level: 1, name: 'Återspela' }).waitFor();
    await page.getByRole('slider', { name: 'Händelse i loggen' }).waitFor();
    const [at, total] = stepOf(await announcement().innerText());
    expect(at).toBe(total);
    return total;
  }

  beforeEach(async () => (page = await e2e.signedInPage('auditor')));

  it('stands at the end with the 2020 plan, and steps back to the 2005 goals by keyboard', async () => {
    const total = await openReplay();
    const plan2020 = page.getByRole('article', { name: 'Socialnämnden: mål 2020' });
    await plan2020.waitFor();
    const areas = ['En attraktiv och växande kommun', 'En hållbar kommun', 'En lärande kommun', 'En öppen kommun'];
    expect((await plan2020.getByRole('heading', { level: 3 }).allTextContents()).map((text) => text.trim())).toEqual(areas);
    await plan2020.getByText('Socialnämnden ska ha en tydlig och förståelig myndighetsutövning').waitFor();
    const tree = page.getByRole('region', { name: 'Nämnder och planer' });
    expect(await tree.getByRole('button', { name: /^2020/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'replay-2020');

    // Buttons by keyboard: focus the first control, then Tab and Enter only.
    await page.getByRole('button', { name: 'Till början' }).focus();
    await page.keyboard.press('Enter');
    await waitForStep(new RegExp(`^Händelse 1 av ${total}: Nämnden Socialnämnden registrerad$`));
    await page.keyboard.press('Tab'); // Föregående
    await page.keyboard.press('Tab'); // Spela upp
    await page.keyboard.press('Tab'); // Nästa
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Nästa');
    await page.keyboard.press('Enter');
    await waitForStep(/^Händelse 2 av \d+: Plan Socialnämnden 2005 påbörjad$/);
    await page.keyboard.press('Space');
    await waitForStep(/^Händelse 3 av \d+: Inriktningsmål 1 tillagt i Socialnämnden 2005$/);
    await page.getByRole('article', { name: 'Socialnämnden: mål 2005' }).getByText('Ändras nu: Mål tillagt').waitFor();

    // The slider by keyboard: to the last 2005 goal (step 15: 1 committee, 1 draft, 6 + 7 goals).
    const slider = page.getByRole('slider', { name: 'Händelse i loggen' });
    await slider.focus();
    await page.keyboard.press('End');
    await waitForStep(new RegExp(`^Händelse ${total} av ${total}:`));
    await page.keyboard.press('Home');
    await waitForStep(/^Händelse 1 av/);
    for (let step = 1; step < 15; step += 1) await page.keyboard.press('ArrowRight');
    await waitForStep(/^Händelse 15 av \d+: Effektmål 7 tillagt i Socialnämnden 2005$/);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(new RegExp(`^Händelse 15 av ${total}, giltig från 2005-01-01, registrerad \\d{4}-\\d{2}-\\d{2} `));
    const plan2005 = page.getByRole('article', { name: 'Socialnämnden: mål 2005' });
    expect(await plan2005.getByRole('region', { name: 'Inriktningsmål' }).getByRole('listitem').count()).toBe(6);
    expect(await plan2005.getByRole('region', { name: /^Effektmål/ }).getByRole('listitem').count()).toBe(7);
    await plan2005.getByText('Mäts genom: brukarundersökning').first().waitFor();
    await page.getByRole('region', { name: 'Den här händelsen' }).getByText('Giltig från').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'replay-2005');

    // The year axis jumps to a year's first event.
    await page.getByRole('button', { name: /^2020, händelser: \d+$/ }).click();
    await waitForStep(/^Händelse 16 av \d+: Plan Socialnämnden 2020 påbörjad$/);
  });

  it('plays and pauses, and shows the timeline as a table', async () => {
    await openReplay();
    await page.getByLabel('Hastighet').selectOption({ label: '100 per sekund' });
    await page.getByRole('button', { name: 'Spela upp' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppspelningen pågår.' }).waitFor();
    await page.getByRole('button', { name: 'Pausa' }).click();
    const [at] = stepOf(await announcement().innerText());
    expect(at).toBeGreaterThanOrEqual(1);
    await page.getByText('Tidslinjen som tabell').click();
    const table = page.getByRole('table', { name: 'Händelser per giltighetsår' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['2005', '2020']));
    await table.getByRole('button', { name: /^Gå till händelse 1$/ }).click();
    await waitForStep(/^Händelse 1 av \d+:/);

    // On a phone the controls wrap and the tree moves above the plan; nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'replay-phone');
  });

  it('adds an event recorded by someone else meanwhile, without a reload, and follows it from the end', async () => {
    const total = await openReplay();
    await page.evaluate(() => Object.assign(window, { replayStillLoaded: true }));
    await page.getByText('Direktuppdatering: nya händelser visas när de registreras').waitFor();
    const cookie = await e2e.sessionCookie('admin');
    const response = await fetch(e2e.url('/api/committees/socialnamnden/plans/2021'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ fromYear: 2020 }),
    });
    expect(response.status).toBe(201);
    // Drafting from 2020 writes the draft, the 4 focus areas and the 5 goals carried forward in one append.
    const after = total + 10;
    await waitForStep(new RegExp(`^Händelse ${after} av ${after}: Nämndmål \\d+ under En öppen kommun fört vidare från 2020 till Socialnämnden 2021$`));
    await page.getByRole('article', { name: 'Socialnämnden: mål 2021' }).waitFor();
    expect(await page.getByRole('region', { name: 'Nämnder och planer' }).getByRole('button', { name: /^2021/ }).count()).toBe(1);
    expect(await page.evaluate(() => 'replayStillLoaded' in window)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'replay-live');
  });
});
