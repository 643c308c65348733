import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { testUsers } from './support/api-session';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

const roleNames = { admin: 'Administratör', planner: 'Planerare', auditor: 'Revisor' } as const;

describe.skipIf(!browserPresent)('signing in to the admin SPA', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.newPage()));

  it('sends a visitor without a session to sign in, and back to the page they asked for', async () => {
    await page.goto(e2e.url('/planer/socialnamnden/2005'));
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/planer/socialnamnden/2005');
    expect(await page.title()).toBe('Logga in · Målspåret');
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await page.getByLabel('Användarnamn').fill(testUsers.auditor.username);
    await page.getByLabel('Lösenord').fill(testUsers.auditor.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden: mål 2005' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/planer/socialnamnden/2005');
  });

  it("announces the API's 401 message as an alert", async () => {
    await page.goto(e2e.url('/logga-in'));
    await page.getByLabel('Användarnamn').fill('admin');
    await page.getByLabel('Lösenord').fill('inte rätt lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Wrong username or password.');
    expect(await alert.textContent()).toContain('Inloggningen misslyckades');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-refused');
  });

  for (const role of ['admin', 'planner', 'auditor'] as const) {
    it(`signs in as ${role} and shows the role badge`, async () => {
      const user = testUsers[role];
      await e2e.signIn(page, role);
      const banner = page.getByRole('banner');
      await banner.getByText(roleNames[role], { exact: true }).waitFor();
      await page.getByRole('heading', { level: 2, name: `Välkommen, ${user.username}` }).waitFor();
      expect(await page.getByRole('main').getByText(roleNames[role], { exact: true }).count()).toBe(1);
      // Import writes, so only roles that may change things see it.
      const navigation = ['Start', 'Planer', 'Jämför år', 'Granskning', 'Återspela', 'Indikatorer', ...(role === 'auditor' ? [] : ['Importera'])];
      expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents()).toEqual(navigation);
      if (role === 'admin') {
        await page.getByText('I drift', { exact: true }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'start');
      }
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      expect(await banner.getByText(user.username, { exact: true }).count()).toBe(0);
    });
  }

  it('can be done with the keyboard alone: skip link, fields, Enter', async () => {
    await page.goto(e2e.url('/logga-in'));
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-username');
    await page.keyboard.type(testUsers.planner.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(testUsers.planner.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `Välkommen, ${testUsers.planner.username}` }).waitFor();
    await page.getByRole('banner').getByText('Planerare', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('switches the interface to English and remembers it', async () => {
    await e2e.signIn(page, 'admin');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('banner').getByText('Administrator', { exact: true }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').allTextContents()).toEqual(['Home', 'Plans', 'Compare years', 'Audit', 'Replay', 'Indicators', 'Import']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });
});
