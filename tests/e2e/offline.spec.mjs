// Works offline after the first visit, and updates safely: the service
// worker precaches the build, answers deep links offline, and a changed
// build is offered as "A new version is available — reload".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, appReady } from './fixtures.mjs';
import { startServer } from '../support/static-server.mjs';

let server;
let buildA;
let buildB;

test.beforeAll(async () => {
  // Two deployable builds: the real one, and a copy whose service worker
  // names another build (what a new deploy looks like to the browser).
  buildA = mkdtempSync(join(tmpdir(), 'explorer-a-'));
  buildB = mkdtempSync(join(tmpdir(), 'explorer-b-'));
  cpSync('dist', buildA, { recursive: true });
  cpSync('dist', buildB, { recursive: true });
  const sw = readFileSync(join(buildB, 'sw.js'), 'utf8');
  writeFileSync(join(buildB, 'sw.js'), sw.replace(/const BUILD = '([0-9a-f]+)'/, "const BUILD = 'changed-$1'"));
  server = await startServer({ root: buildA, fallback: false });
});

test.afterAll(async () => {
  await server?.close();
  rmSync(buildA, { recursive: true, force: true });
  rmSync(buildB, { recursive: true, force: true });
});

async function waitForControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
    timeout: 15_000,
  });
}

test('after one visit, deep links, navigation and search work offline', async ({ page, context }) => {
  await page.goto(`${server.url}`);
  await appReady(page);
  await waitForControl(page);
  const manifest = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(manifest).toBe('/manifest.webmanifest');

  await context.setOffline(true);
  await expect(page.locator('.offline-notice')).toHaveText('You are offline. Everything in the explorer still works.');

  await page.goto(`${server.url}topics/maritime-security?q=exercise`);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Maritime security and counter-piracy');
  await expect(page.locator('#f-q')).toHaveValue('exercise');
  const shown = Number((await page.locator('.result-count').textContent()).match(/\d+/)[0]);
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('.offline-notice')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chronology' }).click();
  await expect(page.locator('main h1')).toHaveText('Chronology');
  await page.locator('#f-q').fill('vilnius');
  await expect(page).toHaveURL(/q=vilnius/);
  await expect(page.locator('.chronology .card').first()).toBeVisible();

  await page.goto(`${server.url}events/2013-04-joint-political-declaration`);
  await expect(page.locator('main h1')).toHaveText('Japan and NATO sign a Joint Political Declaration');
  await page.goto(`${server.url}no/such/page`);
  await expect(page.locator('main h1')).toHaveText('Page not found');

  await context.setOffline(false);
  await expect(page.locator('.offline-notice')).toBeHidden();
});

test('a changed build is offered as an update, and taken on reload', async ({ page }) => {
  server.setRoot(buildA);
  await page.goto(server.url);
  await appReady(page);
  await waitForControl(page);
  await expect(page.getByText('A new version is available')).toBeHidden();

  server.setRoot(buildB);
  await page.reload();
  await appReady(page);
  await expect(page.getByText('A new version is available')).toBeVisible({ timeout: 15_000 });
  const before = await page.evaluate(() => caches.keys());
  expect(before.some((key) => key.includes('changed-'))).toBe(true);

  await page.getByRole('button', { name: 'reload' }).click();
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.some((key) => key.includes('changed-')) && keys.filter((k) => !k.endsWith('runtime')).length === 1;
  }, null, { timeout: 15_000 });
  await appReady(page);
  await expect(page.getByText('A new version is available')).toBeHidden();
  server.setRoot(buildA);
});

test('where a service worker cannot register, the app works online with no error', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${server.url}timeline?topic=china`);
  await appReady(page);
  await expect(page.locator('.chronology .card').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  expect(errors).toEqual([]);
  await context.close();
});

test('the web app manifest is installable', async ({ page }) => {
  const response = await page.request.get(`${server.url}manifest.webmanifest`);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#/);
  for (const icon of manifest.icons) {
    expect((await page.request.get(new URL(icon.src, `${server.url}manifest.webmanifest`).href)).ok()).toBe(true);
  }
  expect(manifest.icons.some((i) => i.sizes === '512x512')).toBe(true);
});
