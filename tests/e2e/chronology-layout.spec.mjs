// The chronology's layout: the filters in force as chips above the
// results, the filter panel open beside them on wide screens, count, order
// and the cite-or-download menu on one row, and on a phone's first screen
// the chart and the first event.
import { test, expect, appReady } from './fixtures.mjs';
import { bundledDataset } from '../support/dataset.mjs';

const count = (page) => page.locator('.result-count');
const chips = (page) => page.locator('.active-filters');

test('each filter in force is a chip that removes it alone; "Clear all" removes them all', async ({ page, axe }) => {
  await page.goto('/timeline?q=exercise&topic=maritime-security&type=exercise&from=2014&to=2020');
  await appReady(page);
  await expect(chips(page).getByRole('link')).toHaveText([
    /Search: “exercise”/,
    /Topic: Maritime security/,
    /Type: Exercise/,
    /Years: 2014–2020/,
    'Clear all filters',
  ]);
  const narrowed = await count(page).textContent();
  expect(await axe()).toEqual([]);

  await chips(page).getByRole('link', { name: /^Topic: Maritime security.* — remove$/ }).click();
  await expect(page).toHaveURL(/\/timeline\?q=exercise&type=exercise&from=2014&to=2020$/);
  await expect(chips(page).getByRole('link', { name: /^Topic/ })).toHaveCount(0);
  await expect(count(page)).not.toHaveText(narrowed);
  await page.goBack();
  await expect(page).toHaveURL(/topic=maritime-security/);

  await chips(page).getByRole('link', { name: /^Search/ }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.locator('#f-q')).toHaveValue('');

  await chips(page).getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(chips(page)).toBeEmpty();
  await expect(count(page)).toHaveText(`${bundledDataset().events.length} events`);
});

test('a topic page shows the reader\'s own filters as chips, not its topic', async ({ page }) => {
  await page.goto('/topics/cyber-defence?type=exercise');
  await appReady(page);
  await expect(chips(page).getByRole('link')).toHaveText([/Type: Exercise/, 'Clear all filters']);
  await chips(page).getByRole('link', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/topics\/cyber-defence$/);
});

test('on a wide screen the filters are open beside the results; count, order and menu share a row', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/timeline');
  await appReady(page);
  await expect(page.locator('.facets')).toHaveAttribute('open', '');
  await expect(page.getByLabel('Exercise', { exact: true })).toBeVisible();
  const [countBox, orderBox, menuBox] = await Promise.all(
    [count(page), page.locator('#f-sort'), page.locator('.export-menu summary')].map((l) => l.boundingBox()),
  );
  for (const box of [orderBox, menuBox]) {
    expect(Math.abs(box.y + box.height / 2 - (countBox.y + countBox.height / 2))).toBeLessThan(4);
  }
  // Cite and downloads wait in the menu.
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await page.locator('.export-menu summary').click();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first screen shows the chart and the first event; the filters start folded', async ({ page, axe }) => {
    await page.goto('/timeline');
    await appReady(page);
    await expect(page.locator('.facets')).not.toHaveAttribute('open', '');
    const plot = await page.locator('.time-chart-plot').boundingBox();
    expect(plot.y + plot.height).toBeLessThan(844);
    const title = await page.locator('.chronology .card h4').first().boundingBox();
    expect(title.y + title.height).toBeLessThanOrEqual(844);
    // Count, order and the menu on one row.
    const [countBox, menuBox] = await Promise.all([count(page).boundingBox(), page.locator('.export-menu summary').boundingBox()]);
    expect(Math.abs(menuBox.y - countBox.y)).toBeLessThan(countBox.height);
    // The header is two lines: the name, and the navigation in one row.
    const header = await page.locator('.site-header').boundingBox();
    expect(header.height).toBeLessThan(80);
    expect(await axe()).toEqual([]);
  });
});
