import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

// A small document in the 2005 layout for a year the seed does not have; line 11 holds a target the
// importer cannot read, so the preview has one warning.
const document2006 = [
  'Socialnämndens mål 2006',
  'Inriktningsmål',
  '',
  '1. Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet.',
  '2. Samverkan med sjukvård och frivilligorganisationer ska stärkas.',
  '',
  'Effektmål',
  '',
  '1. Andelen nöjda brukare ska öka till 80 %. (Mäts genom brukarundersökning)',
  '2. Beslut ska vara välgrundade och korrekta.',
  'Målvärde: fler rätt än i fjol',
  '',
].join('\n');
const fileName = 'socialnamndens-mal-2006.txt';

describe.skipIf(!browserPresent)('importing a goal document', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.newPage()));

  it('previews a pasted 2006 document with its goals and warning, commits it and opens the new plan', async () => {
    await e2e.signIn(page, 'planner');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera ett måldokument' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import');

    await page.getByLabel('Dokumentets text').fill(document2006);
    await page.getByLabel('Filnamn').fill(fileName);
    await page.getByRole('button', { name: 'Granska' }).click();
    const preview = page.getByRole('region', { name: 'Granskning' });
    await preview.waitFor();
    await preview.getByText('Socialnämnden (socialnamnden)').waitFor();
    const read = preview.getByRole('region', { name: 'Det här lästes' });
    expect(await read.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Inriktningsmål', 'Effektmål']);
    const effect = read.getByRole('region', { name: 'Effektmål' });
    await effect.getByText('Andelen nöjda brukare ska öka till 80 %.').waitFor();
    await effect.getByText('Mäts genom: brukarundersökning').waitFor();
    await effect.getByText('Målvärde: minst 80 %').waitFor();
    const warnings = preview.getByRole('region', { name: 'En oklarhet' });
    await warnings.getByText('could not read a target value from "fler rätt än i fjol"').waitFor();
    expect(await page.getByLabel('År').inputValue()).toBe('2006');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-preview');

    // The warning's line leads into the text, selected, ready to correct.
    await warnings.getByRole('button', { name: 'rad 11' }).click();
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLTextAreaElement;
      return field.value.slice(field.selectionStart, field.selectionEnd);
    });
    expect(selected).toBe('Målvärde: fler rätt än i fjol');

    await preview.getByRole('button', { name: 'Spara planen 2006' }).click();
    const outcome = page.getByRole('region', { name: 'Importen är sparad' });
    await outcome.getByText('5 händelser skrevs.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-saved');

    await outcome.getByRole('link', { name: 'Öppna planen 2006' }).click();
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden: mål 2006' }).waitFor();
    expect(await page.getByRole('region', { name: 'Inriktningsmål' }).getByRole('listitem').count()).toBe(2);
    expect(await page.getByRole('region', { name: 'Effektmål' }).getByRole('listitem').count()).toBe(2);
  });

  it('says so when an uploaded file was already imported, and previews again for another year', async () => {
    await e2e.signIn(page, 'admin');
    await page.goto(e2e.url('/importera'));
    await page.getByLabel('Välj en textfil (.txt)').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(document2006) });
    await page.waitForFunction((name) => (document.getElementById('import-file-name') as HTMLInputElement | null)?.value === name, fileName);
    await page.getByRole('button', { name: 'Granska' }).click();
    const preview = page.getByRole('region', { name: 'Granskning' });
    await preview.getByText('Dokumentet är redan importerat till planen 2006').waitFor();
    expect(await preview.getByRole('button', { name: /Spara planen/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-unchanged');

    await page.getByLabel('År').fill('2007');
    await preview.getByText('Granska igen innan du sparar').waitFor();
    await preview.getByRole('button', { name: 'Granska igen' }).click();
    await page.getByRole('region', { name: 'Granskning' }).getByRole('button', { name: 'Spara planen 2007' }).waitFor();
  });

  it('offers an auditor no import', async () => {
    await e2e.signIn(page, 'auditor');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Importera' }).count()).toBe(0);
    await page.goto(e2e.url('/importera'));
    await page.getByText('Du har läsbehörighet. Dokument importeras av planerare och administratörer.').waitFor();
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
  });
});
