// Chromium and Firefox for the smoke suite (tests/smoke/run.mjs), through
// puppeteer-core: Debian's browsers, never a downloaded one. Firefox is
// driven over WebDriver BiDi.
import puppeteer from 'puppeteer-core';

async function launch(options, { timeout }) {
  const browser = await puppeteer.launch({ headless: true, ...options });
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return {
    version: await browser.version(),
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    reload: () => page.reload({ waitUntil: 'load' }),
    // In-app history entries are the app's (pushState): no load to wait for.
    back: () => page.evaluate(() => history.back()),
    value: (expression) => page.evaluate(expression),
    waitFor: (expression, what, wait = timeout) =>
      page.waitForFunction(expression, { timeout: wait, polling: 100 }).catch((error) => {
        throw new Error(`${what}: ${error.message}`);
      }),
    type: (selector, text) => page.type(selector, text),
    click: (selector) => page.click(selector),
    errors: () => errors,
    quit: () => browser.close(),
  };
}

export const chromium = (context) =>
  launch(
    {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    },
    context,
  );

export const firefox = (context) =>
  launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', protocol: 'webDriverBiDi' }, context);
