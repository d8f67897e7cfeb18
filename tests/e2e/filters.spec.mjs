// Search and every filter change the list and the URL; the URL restores
// them; back and forward step through them; bad parameters never crash.
import { test, expect, appReady, openFilters } from './fixtures.mjs';

const cards = (page) => page.locator('.chronology .card');
const count = (page) => page.locator('.result-count');

async function total(page) {
  return Number((await count(page).textContent()).match(/\d+/)[0]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
});

test('the chronology groups by year under era headings, with real precision', async ({ page }) => {
  const all = await total(page);
  expect(all).toBeGreaterThanOrEqual(45);
  await expect(cards(page)).toHaveCount(all);
  await expect(page.locator('.era-marker h2')).toHaveCount(4);
  await expect(page.locator('.year').first()).toHaveText('1990');
  await expect(cards(page).first().locator('time')).toHaveText('early 1990s');
  await expect(page.locator('[data-event="2014-11-19-us-japan-naval-exercise"] time')).toHaveText('19 November 2014');
  await expect(page.locator('[data-event="2009-2013-afghanistan-pledge"] time')).toHaveText('2009–2013');
  await expect(page.locator('[data-event="by-2018-support-for-isaf"] time')).toHaveText('by 2018');
});

test('search narrows the list, highlights matches and is written to the URL', async ({ page }) => {
  const all = await total(page);
  await page.locator('#f-q').fill('Gulf of Áden');
  await expect(page).toHaveURL(/\?q=Gulf%20of%20%C3%81den$/);
  await expect(count(page)).toHaveText('1 event');
  expect(await total(page)).toBeLessThan(all);
  await expect(page.locator('.chronology mark').first()).toBeVisible();
  await page.locator('#f-q').fill('no such words anywhere');
  await expect(count(page)).toHaveText('No events match');
  await expect(page.getByRole('heading', { name: 'No events match' })).toBeVisible();
  await page.locator('.empty-state').getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  expect(await total(page)).toBe(all);
  await expect(page.locator('#f-q')).toHaveValue('');
});

test('each facet changes the list and the URL', async ({ page }) => {
  const all = await total(page);
  await openFilters(page);

  await page.getByLabel(/^Cyber defence/).check();
  await expect(page).toHaveURL(/topic=cyber-defence/);
  await expect(count(page)).toHaveText('3 events');
  await page.getByLabel(/^Women, peace and security/).check();
  await expect(page).toHaveURL(/topic=cyber-defence&topic=women-peace-security/);
  await expect(count(page)).toHaveText('4 events');
  await expect(page.locator('.facets summary')).toContainText('(2 active)');
  await page.getByLabel(/^Cyber defence/).uncheck();
  await page.getByLabel(/^Women, peace and security/).uncheck();
  await expect(count(page)).toHaveText(`${all} events`);

  await page.getByLabel('Exercise', { exact: true }).check();
  await expect(page).toHaveURL(/type=exercise/);
  const exercises = await total(page);
  expect(exercises).toBeLessThan(all);
  for (const label of await cards(page).locator('.card-type').allTextContents()) expect(label).toBe('Exercise');
  await page.getByLabel('Exercise', { exact: true }).uncheck();

  await page.getByLabel('Actor', { exact: true }).selectOption('kishida-fumio');
  await expect(page).toHaveURL(/actor=kishida-fumio/);
  expect(await total(page)).toBeLessThan(all);
  await page.getByRole('link', { name: /Kishida Fumio — remove this actor/ }).click();
  await expect(page).not.toHaveURL(/actor=/);

  await page.getByLabel('Source', { exact: true }).selectOption('ripe-2014');
  await expect(page).toHaveURL(/source=ripe-2014/);
  const fromRipe = await total(page);
  expect(fromRipe).toBeLessThan(all);
  await page.getByRole('link', { name: /— remove this source/ }).click();
  await expect(page).not.toHaveURL(/source=/);

  await page.getByLabel('From', { exact: true }).selectOption('2022');
  await page.getByLabel('To', { exact: true }).selectOption('2022');
  await expect(page).toHaveURL(/from=2022&to=2022/);
  for (const year of await page.locator('.year').allTextContents()) expect(year).toBe('2022');

  await page.getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  expect(await total(page)).toBe(all);
});

test('the sort order reverses the chronology', async ({ page }) => {
  await page.getByLabel('Order', { exact: true }).selectOption('newest');
  await expect(page).toHaveURL(/sort=newest/);
  await expect(page.locator('.year').first()).toHaveText('2023');
  await expect(cards(page).last().locator('time')).toHaveText('early 1990s');
});

test('a shared URL restores the same view', async ({ page }) => {
  const url = '/timeline?q=nato&topic=maritime-security&type=exercise&from=2014&to=2022&sort=newest';
  await page.goto(url);
  await appReady(page);
  const shown = await total(page);
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('#f-q')).toHaveValue('nato');
  await openFilters(page);
  await expect(page.getByLabel(/^Maritime security/)).toBeChecked();
  await expect(page.getByLabel('Exercise', { exact: true })).toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2014');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2022');
  await expect(page.getByLabel('Order', { exact: true })).toHaveValue('newest');
  await page.reload();
  await appReady(page);
  expect(await total(page)).toBe(shown);
});

test('back and forward step through filter changes', async ({ page }) => {
  await openFilters(page);
  await page.getByLabel(/^China/).check();
  await expect(page).toHaveURL(/topic=china$/);
  const china = await total(page);
  await page.getByLabel('Order', { exact: true }).selectOption('newest');
  await expect(page).toHaveURL(/topic=china&sort=newest$/);
  await page.goBack();
  await expect(page).toHaveURL(/topic=china$/);
  await expect(page.getByLabel('Order', { exact: true })).toHaveValue('oldest');
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByLabel(/^China/)).not.toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/topic=china$/);
  expect(await total(page)).toBe(china);
});

test('typing a search does not fill the history with one entry per key', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chronology' }).click();
  await page.locator('#f-q').pressSequentially('kishida');
  await expect(page).toHaveURL(/q=kishida/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('unknown and malformed parameters are ignored', async ({ page }) => {
  const all = await total(page);
  await page.goto('/timeline?topic=nope&type=party&from=19x&to=&sort=up&actor=%E0%A4&zzz=1&q=');
  await appReady(page);
  expect(await total(page)).toBe(all);
  await page.goto('/timeline?q=%');
  await appReady(page);
  await page.goto('/events/%E0%A4%A');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await page.goto('/events/%F0%9F%A6%86-duck');
  await expect(page.locator('main h1')).toHaveText('Page not found');
});

test('a topic page pins its topic and filters within it', async ({ page }) => {
  await page.goto('/topics/maritime-security');
  await appReady(page);
  const inTopic = await total(page);
  expect(inTopic).toBeGreaterThan(3);
  await expect(page.getByLabel(/^Cyber defence/)).toHaveCount(0);
  await page.locator('#f-q').fill('exercise');
  await expect(page).toHaveURL(/\/topics\/maritime-security\?q=exercise$/);
  expect(await total(page)).toBeLessThan(inTopic);
});

test('cite this view copies a citation with the version and URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/timeline?topic=china');
  await appReady(page);
  await expect(page.getByRole('button', { name: 'Cite this view' })).toBeHidden();
  await page.locator('.export-menu summary').click();
  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(page.locator('.toolbar-status')).toContainText('Citation copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Japan–NATO Partnership Explorer, dataset version');
  expect(copied).toContain('/timeline?topic=china');
});

test('the current selection downloads as CSV and JSON', async ({ page }) => {
  await page.goto('/timeline?topic=cyber-defence');
  await appReady(page);
  await page.locator('.export-menu summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^japan-nato-events-.*\.csv$/);
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.trim().split('\r\n')).toHaveLength(4);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const body = JSON.parse(await (await json.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(body.events).toHaveLength(3);
  expect(body.dataset.version).toBeTruthy();
});

test('the result count is announced to screen readers', async ({ page }) => {
  await expect(count(page)).toHaveAttribute('role', 'status');
});
