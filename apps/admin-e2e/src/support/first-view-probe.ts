import type { Page } from 'playwright-core';

/**
 * What the page itself saw, in milliseconds since its navigation started (`performance.now()`; the
 * document's time origin is the start of the navigation): when the view's key element entered the DOM,
 * when the first keystroke and the first click reached the window after the app's own handlers had run,
 * and whether the app took over that click (a RouterLink prevents the full page load).
 */
export interface FirstViewMarks {
  seenMs: number | null;
  inputMs: number | null;
  clickMs: number | null;
  clickHandledByApp: boolean | null;
}

/** The document's own navigation timing, from the same origin. */
export interface DocumentTiming {
  responseEndMs: number;
  domContentLoadedMs: number;
  loadMs: number;
}

interface ProbeWindow {
  firstViewMarks: FirstViewMarks;
}

/** Installs the probe before any of the page's scripts run, in every document the page opens. */
export async function installFirstViewProbe(page: Page, keyElement: string): Promise<void> {
  await page.addInitScript((selector: string) => {
    const marks: FirstViewMarks = { seenMs: null, inputMs: null, clickMs: null, clickHandledByApp: null };
    (window as unknown as ProbeWindow).firstViewMarks = marks;
    const observer = new MutationObserver(() => {
      if (marks.seenMs !== null || !document.querySelector(selector)) return;
      marks.seenMs = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
    // Bubble phase on the window: these run after the element's own (Vue's) listeners.
    addEventListener('input', () => (marks.inputMs ??= performance.now()));
    addEventListener('click', (event) => {
      if (marks.clickMs !== null) return;
      marks.clickMs = performance.now();
      marks.clickHandledByApp = event.defaultPrevented;
    });
  }, keyElement);
}

/** Reads the probe's marks and the document's navigation timing. */
export async function readFirstView(page: Page): Promise<{ marks: FirstViewMarks; document: DocumentTiming }> {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (!navigation) throw new Error('no navigation timing entry');
    return {
      marks: (window as unknown as ProbeWindow).firstViewMarks,
      document: {
        responseEndMs: navigation.responseEnd,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        loadMs: navigation.loadEventEnd,
      },
    };
  });
}
