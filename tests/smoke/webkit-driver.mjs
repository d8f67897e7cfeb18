// WebKit for the smoke suite (tests/smoke/run.mjs): Debian's WebKitGTK, its
// WebDriver (webkit2gtk-driver) and its MiniBrowser, driven by
// selenium-webdriver. The MiniBrowser does not start headless: run under
// `xvfb-run -a`. The page's errors are not reported over WebDriver here, so
// the steps check what the reader sees (and that the app did not fail).
import { Builder, By } from 'selenium-webdriver';

const DRIVER = '/usr/bin/WebKitWebDriver';
const BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function webkit({ timeout, spawn, existsSync, freePort }) {
  for (const file of [DRIVER, BROWSER]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: apt-get install webkit2gtk-driver`);
  }
  const port = await freePort();
  const service = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const serviceUrl = `http://127.0.0.1:${port}`;
  // The driver takes a moment to listen.
  let driver;
  for (let attempt = 0; !driver; attempt += 1) {
    try {
      driver = await new Builder()
        .usingServer(serviceUrl)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] },
        })
        .build();
    } catch (error) {
      if (attempt > 50) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  // The MiniBrowser opens small; a laptop's window, like the other engines'.
  await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  const capabilities = await driver.getCapabilities();
  const value = (expression) => driver.executeScript(`return (${expression});`);
  const waitFor = async (expression, what, wait = timeout) => {
    const until = Date.now() + wait;
    for (;;) {
      try {
        if (await value(expression)) return;
      } catch {
        // The page is between documents; ask again.
      }
      if (Date.now() > until) throw new Error(`${what}: not true within ${wait} ms: ${expression}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  // WebKitGTK's driver does not scroll to an element before acting on it,
  // as the WebDriver standard has it; a reader would scroll to it first.
  const inView = async (selector) => {
    const element = await driver.findElement(By.css(selector));
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", element);
    return element;
  };
  return {
    version: `WebKitGTK ${capabilities.get('browserVersion') ?? ''}`.trim(),
    open: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    back: () => driver.navigate().back(),
    value,
    waitFor,
    type: async (selector, text) => {
      const input = await inView(selector);
      await input.click();
      await input.sendKeys(text);
    },
    click: async (selector) => (await inView(selector)).click(),
    errors: () => [],
    quit: async () => {
      await driver.quit().catch(() => {});
      service.kill();
    },
  };
}
