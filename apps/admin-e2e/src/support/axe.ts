import type { AxeResults, Result } from 'axe-core';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's findings on the page once its finite animations have ended, with every rule it runs by default (WCAG A/AA and best practice). */
export async function axeViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ path: axeScript });
  const results = await page.evaluate(async () => {
    // Scan the page as it settles, not halfway through a button's 120 ms colour fade after a click: axe
    // reads computed colours, and a mid-fade pair is a frame no one reads. Endless animations would never
    // finish, so only those with an end are awaited.
    const ending = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    return axe.run(document);
  });
  return results.violations;
}

/** The serious and critical violations, one line each (rule, impact, where), ready for `toEqual([])`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
