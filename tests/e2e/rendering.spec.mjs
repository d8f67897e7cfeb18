// Rendering that reuses what did not change, repeatable filters, windows of
// 100 cards on large datasets, and a newer dataset arriving while the
// reader types: each of these once went wrong.
import { test, expect, appReady, openFilters } from './fixtures.mjs';
import { newerDataset, syntheticDataset } from '../support/dataset.mjs';

const cards = (page) => page.locator('.chronology .card');
const count = (page) => page.locator('.result-count');

/** Serves `dataset` as the newer dataset the deploy-time configuration names; returns a function that releases the configuration (held until then when `hold` is set). */
async function offerDataset(page, dataset, { hold = false } = {}) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  if (!hold) release();
  await page.route('**/explorer-config.json', async (route) => {
    await released;
    await route.fulfill({ json: { datasetUrl: '/newer-dataset.json' } });
  });
  await page.route('**/newer-dataset.json', (route) => route.fulfill({ json: dataset }));
  return release;
}

test('a card that stays in the results keeps its DOM node as the reader types', async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
  const card = page.locator('[data-event="2018-ipcp-revised-and-renewed"]');
  await card.evaluate((node) => { node.dataset.seen = 'before typing'; });
  const input = page.locator('#f-q');
  await input.click();
  for (const query of ['i', 'ip', 'ipc', 'ipcp']) {
    await input.pressSequentially(query.slice(-1));
    await expect(page).toHaveURL(new RegExp(`q=${query}$`));
    await expect(card).toHaveAttribute('data-seen', 'before typing');
  }
  await expect(card.locator('mark').first()).toHaveText(/ipcp/i);
  expect(await cards(page).count()).toBeLessThan(10);
});

test('a repeated actor filter is read, shown and kept', async ({ page }) => {
  await page.goto('/timeline?actor=kishida-fumio&actor=abe-shinzo');
  await appReady(page);
  await openFilters(page);
  const chosen = page.getByRole('list', { name: 'Chosen: Actor' });
  await expect(chosen.getByRole('link')).toHaveText([/Kishida Fumio/, /Abe Shinzo/]);
  const both = Number((await count(page).textContent()).match(/\d+/)[0]);
  expect(both).toBeGreaterThan(4);

  // Another filter keeps both actors.
  await page.getByLabel('Summit or meeting', { exact: true }).check();
  await expect(page).toHaveURL(/\?type=meeting&actor=kishida-fumio&actor=abe-shinzo$/);
  await page.getByLabel('Summit or meeting', { exact: true }).uncheck();
  await expect(chosen.getByRole('link')).toHaveCount(2);

  // The select adds a third; a chip removes one and keeps the others.
  await page.getByLabel('Actor', { exact: true }).selectOption('nato');
  await expect(page).toHaveURL(/actor=kishida-fumio&actor=abe-shinzo&actor=nato/);
  await expect(page.getByLabel('Actor', { exact: true })).toHaveValue('');
  await chosen.getByRole('link', { name: /Abe Shinzo/ }).click();
  await expect(page).toHaveURL(/\?actor=kishida-fumio&actor=nato$/);
  await page.goBack();
  await expect(chosen.getByRole('link')).toHaveCount(3);
});

test.describe('with a newer dataset', () => {
// The page's own routes answer the dataset's requests: the service worker,
// whose requests a page route does not see, stays out of the way.
test.use({ serviceWorkers: 'block' });

test('a newer dataset arriving while the reader types keeps focus and text', async ({ page }) => {
  const newer = newerDataset({
    version: '9.0.0-test',
    copyOf: '2020-ipcp-renewed',
    id: '2023-12-test-addition',
    date: '2023-12',
    title: 'A partnership programme event only in the newer dataset',
  });
  const release = await offerDataset(page, newer, { hold: true });
  await page.goto('/timeline');
  await appReady(page);
  const input = page.locator('#f-q');
  await input.click();
  await input.pressSequentially('partnership prog');
  await expect(page).toHaveURL(/q=partnership%20prog$/);
  const before = Number((await count(page).textContent()).match(/\d+/)[0]);

  release();
  await expect(page.locator('.dataset-notice')).toContainText('Showing dataset version 9.0.0-test');
  await expect(page.locator('[data-event="2023-12-test-addition"]')).toBeVisible();
  await expect(count(page)).toHaveText(`${before + 1} events`);
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('partnership prog');
  await input.pressSequentially('ramme');
  await expect(page).toHaveURL(/q=partnership%20programme$/);
  await expect(page.locator('footer')).toContainText('Dataset version 9.0.0-test');
});

test.describe('on a dataset larger than one window of cards', () => {
  let dataset;
  test.beforeAll(() => {
    dataset = syntheticDataset(250);
  });

  test('"Show more" adds a window at a time, and new filters start afresh', async ({ page }) => {
    await offerDataset(page, dataset);
    await page.goto('/timeline');
    await expect(page.locator('.dataset-notice')).toContainText('synthetic-250');
    await expect(count(page)).toHaveText('250 events');
    await expect(cards(page)).toHaveCount(100);
    const more = page.getByRole('button', { name: /^Show more/ });
    await expect(more).toHaveText('Show more (100 of 250 shown)');
    await more.click();
    await expect(cards(page)).toHaveCount(200);
    await expect(more).toHaveText('Show more (200 of 250 shown)');
    await more.click();
    await expect(cards(page)).toHaveCount(250);
    await expect(more).toHaveCount(0);

    await openFilters(page);
    await page.getByLabel('Exercise', { exact: true }).check();
    const exercises = Number((await count(page).textContent()).match(/\d+/)[0]);
    await expect(cards(page)).toHaveCount(Math.min(100, exercises));
  });
});
});
