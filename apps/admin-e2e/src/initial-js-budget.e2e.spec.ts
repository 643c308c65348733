import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testUsers } from './support/api-session';
import { measuredOn, writeBenchResults } from './support/bench-results';
import { pageOptions } from './support/browser';
import { builtFile, echartsChunks, staticEntryScripts } from './support/built-entry';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';
import { recordScripts } from './support/script-traffic';

// The budget: at most 250 kB of gzipped JavaScript before the first view, with the charts lazy-loaded.
// A cold browser opens the app at `/`, is sent to sign in, signs in and lands on the start page; every
// script it loads on the way is counted. The build is read as well, so the figure is checked against
// what index.html itself pulls in.

const budgetBytes = 250_000;

describe.skipIf(!browserPresent)('initial JavaScript budget', () => {
  const e2e = useBrowserAgainstBuiltApi();

  it('loads at most 250 kB of gzipped JS up to the first view, and no charts', async () => {
    const context = await e2e.browser.newContext(pageOptions);
    const page = await context.newPage();
    const scripts = recordScripts(page);
    scripts.setStage('sign-in');
    await page.goto(e2e.url('/'));
    await page.getByLabel('Användarnamn').fill(testUsers.auditor.username);
    await page.getByLabel('Lösenord').fill(testUsers.auditor.password);
    await page.waitForLoadState('networkidle');
    scripts.setStage('start page');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Målspåret' }).waitFor();
    await page.getByTestId('health-status').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const loaded = await scripts.collected();
    await context.close();

    const entry = staticEntryScripts();
    const charts = echartsChunks();
    const loadedPaths = loaded.map((script) => script.path);
    // The browser fetched everything index.html needs, the server sent the built bytes, and the charts stayed out.
    expect(entry.filter((path) => !loadedPaths.includes(path))).toEqual([]);
    expect(loaded.filter((script) => !script.body.equals(builtFile(script.path))).map((script) => script.path)).toEqual([]);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.filter((path) => loadedPaths.includes(path) || entry.includes(path))).toEqual([]);

    const totalGzipBytes = loaded.reduce((sum, script) => sum + script.gzipBytes, 0);
    writeBenchResults('initial-js', {
      ...measuredOn(e2e.browser),
      budgetBytes,
      totalGzipBytes,
      totalBytes: loaded.reduce((sum, script) => sum + script.bytes, 0),
      totalTransferredBytes: loaded.reduce((sum, script) => sum + script.transferredBytes, 0),
      encodings: [...new Set(loaded.map((script) => script.encoding))],
      scripts: loaded.map(({ body: _body, ...script }) => ({ ...script, inEntry: entry.includes(script.path) })),
      lazyCharts: charts.map((path) => ({ path, gzipBytes: gzipSync(builtFile(path)).length })),
      met: totalGzipBytes <= budgetBytes,
    });
    expect(totalGzipBytes).toBeLessThanOrEqual(budgetBytes);
  });
});
