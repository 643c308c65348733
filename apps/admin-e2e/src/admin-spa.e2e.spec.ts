import { healthResponseSchema } from '@goaltrail/contracts';
import { chromiumArgs, findChromium, serviceAvailable } from '@goaltrail/testing';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBuiltApi, type BuiltApi } from './support/built-api';

const chromiumPath = findChromium();
const browserPresent = serviceAvailable(
  {
    service: 'Chromium',
    neededFor: 'browser end-to-end tests',
    howToGet: 'install it with: apt-get install -y chromium',
  },
  Boolean(chromiumPath),
);
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

describe.skipIf(!browserPresent)('admin SPA served by the built API', () => {
  let api: BuiltApi;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    api = await startBuiltApi();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  beforeEach(async () => {
    page = await browser.newPage({ locale: 'sv-SE', viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(15_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page?.close();
  });

  it('shows the start page with the system status fetched from the API', async () => {
    const health = healthResponseSchema.parse(await (await fetch(`${api.baseUrl}/api/health`)).json());

    await page.goto(`${api.baseUrl}/`);

    await page.getByRole('heading', { level: 1, name: 'Målspåret' }).waitFor();
    await page.getByText('I drift', { exact: true }).waitFor();
    const status = page.getByRole('definition');
    // A fresh data directory: the first admin's registration and the seeded Socialnämnden history
    // (two documents and their lineage, dozens of events) were written at start-up.
    expect(Number(health.headPosition)).toBeGreaterThan(30);
    expect(await status.allTextContents()).toEqual(['I drift', health.version, 'pglite', `position ${health.headPosition}`]);
    expect(await page.title()).toBe('Start · Målspåret');
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Start']);
    await page.screenshot({ path: `${screenshots}start.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('answers a deep link with the SPA, which shows its not-found page', async () => {
    const response = await page.goto(`${api.baseUrl}/no/such/page`);

    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    expect(await page.title()).toBe('Sidan finns inte · Målspåret');
    await page.screenshot({ path: `${screenshots}not-found.png`, fullPage: true });

    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målspåret' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(pageErrors).toEqual([]);
  });
});
