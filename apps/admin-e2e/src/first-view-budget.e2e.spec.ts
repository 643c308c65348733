import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { measuredOn, median, writeBenchResults } from './support/bench-results';
import { pageOptions } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';
import { installFirstViewProbe, readFirstView } from './support/first-view-probe';

// The budget: the first view interactive within 1.5 s on the local server. "Interactive" here: from
// the start of the navigation (a fresh browser context, so a cold cache) to the moment the page has run
// the app's handler for a real input — a keystroke typed into the sign-in form's username field, or a
// click on a plan year in Socialnämnden's plan list that the router takes over. The keystroke and the
// click are sent as soon as the element is on screen, so the figure includes the test driver's own
// latency and is an upper bound. The yardstick is a static file from the same server, loaded the same way.

const runs = 5;
const budgetMs = 1500;

interface Run {
  /** From just before `page.goto` to the input confirmed, in the test process. */
  wallMs: number;
  /** The view's key element entered the DOM (since navigation start, in the page). */
  seenMs: number;
  /** The page ran the app's handler for the input (since navigation start, in the page). */
  interactiveMs: number;
  /** index.html fully received. */
  documentMs: number;
}

type Measure = (context: BrowserContext) => Promise<Run>;

/** Opens `/logga-in` and types one letter into the username field. */
const signInView = (baseUrl: string): Measure => async (context) => {
  const page = await context.newPage();
  await installFirstViewProbe(page, '#sign-in-username');
  const started = Date.now();
  await page.goto(`${baseUrl}/logga-in`, { waitUntil: 'commit' });
  const field = page.getByLabel('Användarnamn');
  await field.focus();
  await page.keyboard.press('a');
  expect(await field.inputValue()).toBe('a');
  const wallMs = Date.now() - started;
  const { marks, document } = await readFirstView(page);
  return { wallMs, seenMs: marks.seenMs ?? NaN, interactiveMs: marks.inputMs ?? NaN, documentMs: document.responseEndMs };
};

/** Opens Socialnämnden's plan list with a session and clicks the 2005 plan. */
const planList = (baseUrl: string): Measure => async (context) => {
  const page = await context.newPage();
  await installFirstViewProbe(page, 'table a[href="/planer/socialnamnden/2005"]');
  const started = Date.now();
  await page.goto(`${baseUrl}/planer/socialnamnden`, { waitUntil: 'commit' });
  await page.getByRole('table', { name: 'Planer per år' }).getByRole('link', { name: '2005' }).click();
  const wallMs = Date.now() - started;
  await page.getByRole('heading', { level: 1, name: 'Socialnämnden: mål 2005' }).waitFor();
  const { marks, document } = await readFirstView(page);
  expect(marks.clickHandledByApp).toBe(true);
  return { wallMs, seenMs: marks.seenMs ?? NaN, interactiveMs: marks.clickMs ?? NaN, documentMs: document.responseEndMs };
};

/** The yardstick: a static file (the favicon) from the same server, to its load event. */
const staticFile = (baseUrl: string): Measure => async (context) => {
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${baseUrl}/favicon.svg`);
  const wallMs = Date.now() - started;
  const { document } = await readFirstView(page);
  return { wallMs, seenMs: document.loadMs, interactiveMs: document.loadMs, documentMs: document.responseEndMs };
};

function summary(measured: Run[]) {
  const interactive = measured.map((run) => run.interactiveMs);
  const wall = measured.map((run) => run.wallMs);
  return {
    runs: measured.map((run) => Object.fromEntries(Object.entries(run).map(([key, ms]) => [key, Math.round(ms)]))),
    medianSeenMs: Math.round(median(measured.map((run) => run.seenMs))),
    medianInteractiveMs: Math.round(median(interactive)),
    maxInteractiveMs: Math.round(Math.max(...interactive)),
    medianWallMs: Math.round(median(wall)),
    maxWallMs: Math.round(Math.max(...wall)),
    medianDocumentMs: Math.round(median(measured.map((run) => run.documentMs))),
  };
}

describe.skipIf(!browserPresent)('first view interactive budget', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let sessionCookie: { name: string; value: string; url: string };

  beforeAll(async () => {
    const [name = '', value = ''] = (await e2e.sessionCookie('auditor')).split(/=(.*)/s);
    sessionCookie = { name, value, url: e2e.api.baseUrl };
  });

  it('makes the sign-in view and the plan list interactive within 1.5 s (median of 5 cold loads)', { timeout: 180_000 }, async () => {
    const views = { 'sign-in': signInView(e2e.api.baseUrl), 'plan list': planList(e2e.api.baseUrl), 'static file': staticFile(e2e.api.baseUrl) };
    const measured: Record<keyof typeof views, Run[]> = { 'sign-in': [], 'plan list': [], 'static file': [] };
    // Round 0 warms the server process (its first reads of the files, its JIT) and is not counted;
    // the views take turns so that a noisy moment on the host falls on all of them alike.
    for (let round = 0; round <= runs; round += 1) {
      for (const [view, measure] of Object.entries(views) as [keyof typeof views, Measure][]) {
        const context = await e2e.browser.newContext(pageOptions);
        if (view === 'plan list') await context.addCookies([sessionCookie]);
        const run = await measure(context);
        await context.close();
        if (round > 0) measured[view].push(run);
      }
    }

    const results = {
      ...measuredOn(e2e.browser),
      budgetMs,
      runs,
      signIn: summary(measured['sign-in']),
      planList: summary(measured['plan list']),
      staticFile: summary(measured['static file']),
    };
    writeBenchResults('first-view', { ...results, met: results.signIn.medianInteractiveMs <= budgetMs && results.planList.medianInteractiveMs <= budgetMs });
    expect(results.signIn.medianInteractiveMs).toBeLessThanOrEqual(budgetMs);
    expect(results.planList.medianInteractiveMs).toBeLessThanOrEqual(budgetMs);
  });
});
