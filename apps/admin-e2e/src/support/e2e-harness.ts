import { serviceAvailable } from '@goaltrail/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { apiSignIn, createTestUsers, testUsers } from './api-session';
import { chromiumPath, launchBrowser, openPage, signInThroughForm } from './browser';
import { startBuiltApi, type BuiltApi } from './built-api';

/** False when Chromium is missing: the suites skip, and the reason is printed once as a SKIP line. */
export const browserPresent = serviceAvailable(
  { service: 'Chromium', neededFor: 'browser end-to-end tests', howToGet: 'install it with: apt-get install -y chromium' },
  Boolean(chromiumPath),
);

/** One of the accounts in `testUsers`, by its role. */
export type TestRole = keyof typeof testUsers;

/** What a suite reaches once its beforeAll has run. */
export interface BrowserAgainstBuiltApi {
  readonly api: BuiltApi;
  readonly browser: Browser;
  /** The full address of a path on the built API, e.g. `url('/planer')`. */
  url(path: string): string;
  /** A page whose uncaught script errors fail the test; it closes when the test ends. */
  newPage(): Promise<Page>;
  /** Signs `page` in through the form as the test user with this role. */
  signIn(page: Page, role: TestRole): Promise<void>;
  /** A new page, already signed in as the test user with this role. */
  signedInPage(role: TestRole): Promise<Page>;
  /** Signs in over HTTP as the test user with this role and answers the session cookie (`name=value`). */
  sessionCookie(role: TestRole): Promise<string>;
}

/**
 * Call inside a `describe`: starts the built API with the test users and one Chromium for the whole
 * suite, and stops both after it. Hooks the suite registers after this call run after the start-up.
 */
export function useBrowserAgainstBuiltApi(): BrowserAgainstBuiltApi {
  let api: BuiltApi | undefined;
  let browser: Browser | undefined;
  let opened: { page: Page; pageErrors: string[] }[] = [];

  beforeAll(async () => {
    api = await startBuiltApi();
    await createTestUsers(api.baseUrl);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    try {
      for (const { pageErrors } of pages) expect(pageErrors).toEqual([]);
    } finally {
      await Promise.all(pages.map(({ page }) => page.close()));
    }
  });

  const harness: BrowserAgainstBuiltApi = {
    get api() {
      if (!api) throw new Error('the built API is not started: use it in a test or in a hook after useBrowserAgainstBuiltApi()');
      return api;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched: use it in a test or in a hook after useBrowserAgainstBuiltApi()');
      return browser;
    },
    url: (path) => `${harness.api.baseUrl}${path}`,
    newPage: async () => {
      const checked = await openPage(harness.browser);
      opened.push(checked);
      return checked.page;
    },
    signIn: (page, role) => signInThroughForm(page, harness.api.baseUrl, testUsers[role].username, testUsers[role].password),
    signedInPage: async (role) => {
      const page = await harness.newPage();
      await harness.signIn(page, role);
      return page;
    },
    sessionCookie: (role) => apiSignIn(harness.api.baseUrl, testUsers[role].username, testUsers[role].password),
  };
  return harness;
}
