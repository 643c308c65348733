import { chromiumArgs, findChromium } from '@goaltrail/testing';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Where each view's screenshot goes (ignored by git). */
export const screenshotsDir = fileURLToPath(new URL('../../screenshots/', import.meta.url));

/** Debian's Chromium, or undefined when it is not installed (the suites then skip with a reason). */
export const chromiumPath = findChromium();

/** Every page and context the tests open: Swedish, the size of a laptop screen. */
export const pageOptions = { locale: 'sv-SE', viewport: { width: 1280, height: 860 } } satisfies BrowserContextOptions;

/** Starts headless Chromium offline. */
export function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotsDir, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A Swedish-locale page that records uncaught script errors, so a test can demand there were none. */
export async function openPage(browser: Browser): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage(pageOptions);
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}

/** Signs in through the form, by its labels, and waits until the header shows who is signed in. */
export async function signInThroughForm(page: Page, baseUrl: string, username: string, password: string, path = '/logga-in'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('banner').getByText(username, { exact: true }).waitFor();
}

/** Saves a full-page screenshot under apps/admin-e2e/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotsDir}${name}.png`, fullPage: true });
}
