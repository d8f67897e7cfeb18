// The app shell: it boots from the release build, routes, and shows a
// not-found view for unknown paths.
import { test, expect, appReady } from './fixtures.mjs';
import { pageHead } from '../support/dataset.mjs';

test('the release build boots with the site landmarks', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // The overview's own title, exactly (every page's title names the site).
  await expect(page).toHaveTitle(pageHead('/').title);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('the stylesheet and favicon load with hashed names', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const css = await page.locator('link[rel=stylesheet]').getAttribute('href');
  expect(css).toMatch(/main-[0-9a-f]{1,16}\.css$/);
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  expect(icon).toMatch(/favicon-[0-9a-f]{1,16}\.svg$/);
  const response = await page.request.get(icon);
  expect(response.ok()).toBe(true);
});

test('an unknown path shows the not-found view with a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page).toHaveTitle(/^Page not found · /);
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('main h1')).not.toHaveText('Page not found');
});

test('the icons in public/ are served at the site root', async ({ page }) => {
  for (const icon of ['/apple-touch-icon.png', '/icon-192.png', '/icon-512.png', '/icon-maskable-512.png', '/favicon.svg']) {
    const response = await page.request.get(icon);
    expect(response.ok(), icon).toBe(true);
  }
});
