// The `test` every browser test uses: it fails the test on any console
// error, uncaught exception or failed request in the page, and offers an
// accessibility check with axe-core.
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const test = base.extend({
  /** URLs (substrings) a test expects to answer with an HTTP error, such as a 404 page. */
  expectedHttpErrors: [[], { option: true }],

  /** Problems seen in the page; checked after every test. */
  pageProblems: [
    async ({ page, expectedHttpErrors }, use) => {
      const problems = [];
      page.on('console', (msg) => {
        // The browser's own line for an expected HTTP error names no URL.
        const expected = expectedHttpErrors.length > 0 && /^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text());
        if (msg.type() === 'error' && !expected) problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
      page.on('requestfailed', (req) => {
        const error = req.failure()?.errorText ?? '';
        // A navigation cancels the previous page's requests still in flight
        // (ERR_ABORTED): that is the browser's doing, not a failure.
        if (error !== 'net::ERR_ABORTED') problems.push(`failed request: ${req.url()} (${error})`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400 && !expectedHttpErrors.some((part) => res.url().includes(part))) {
          problems.push(`HTTP ${res.status()}: ${res.url()}`);
        }
      });
      // Content-Security-Policy violations, in the page and its frames.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'console errors, exceptions or failed requests in the page').toEqual([]);
    },
    { auto: true },
  ],

  /** Runs axe-core's WCAG 2.x A and AA rules on the page; returns the violations. */
  axe: async ({ page }, use) => {
    await use(async () => {
      // Evaluated through the debugging protocol, so a strict CSP does not block it.
      await page.evaluate(axeSource);
      return page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
        }));
      });
    });
  },
});

export { expect };

/**
 * Waits until the WASM app has taken over the prerendered page (it marks
 * `<html>` with `app`) and shows a view (its `h1`).
 */
export async function appReady(page) {
  await expect(page.locator('html')).toHaveClass(/(^|\s)app(\s|$)/);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Opens the filter panel's facets, unless they are open already (wide screens open them). */
export async function openFilters(page) {
  const facets = page.locator('.facets');
  if (!(await facets.evaluate((details) => details.open))) await facets.locator('summary').click();
}

/**
 * Holds back the requests matching `pattern` (by default the app's
 * WebAssembly module, of either edition) until `release()`: the page as it
 * is before the app takes over.
 */
export async function hold(page, pattern = '**/*_bg.wasm') {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
