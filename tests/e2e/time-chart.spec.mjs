// The visual timeline above the chronology: a mark per event under the
// eras, imprecise dates drawn as ranges, search and filters showing on it,
// what a mark is on hover, focus or tap, marks that open their event, a
// span of years chosen by dragging (in the URL, undone by back), and counts
// per year on a large dataset.
import { test, expect, appReady } from './fixtures.mjs';
import { bundledDataset, syntheticDataset } from '../support/dataset.mjs';

const chart = (page) => page.locator('.time-chart');
const marks = (page) => chart(page).locator('a.mark');
const count = (page) => page.locator('.result-count');
const cards = (page) => page.locator('.chronology .card');
const data = bundledDataset();
const EVENTS = data.events.length;
const allEvents = `${EVENTS} events`;

test('the chronology opens with a mark per event, the eras and a legend, and axe finds nothing', async ({ page, axe }) => {
  await page.goto('/timeline');
  await appReady(page);
  await expect(marks(page)).toHaveCount(EVENTS);
  await expect(chart(page).locator('.time-chart-legend li')).toHaveCount(5);
  // Each era is marked in the chronology and drawn on the chart.
  await expect(page.locator('.chronology .era-marker h2')).toHaveText(data.eras.map((era) => new RegExp(`^${era.name}`)));
  await expect(chart(page).locator('g.era')).toHaveCount(data.eras.length);
  // A decade is a range, never a point; "by" dates are ranges open at their start.
  await expect(page.locator('a.mark[href$="/events/early-1990s-first-contacts"] line.range')).toHaveCount(1);
  expect(await chart(page).locator('a.mark line.range.open').count()).toBeGreaterThan(0);
  expect(await axe()).toEqual([]);
});

test('search and filters show on the chart: the marks that match stand out, the others fade', async ({ page }) => {
  await page.goto('/timeline?q=cyber');
  await appReady(page);
  const shown = Number((await count(page).textContent()).match(/\d+/)[0]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(EVENTS);
  await expect(chart(page).locator('a.mark:not(.faded)')).toHaveCount(shown);
  await expect(chart(page).locator('a.mark.faded')).toHaveCount(EVENTS - shown);
  // As the search changes, the marks follow it.
  await page.locator('#f-q').fill('maritime');
  await expect(page).toHaveURL(/q=maritime/);
  const maritime = Number((await count(page).textContent()).match(/\d+/)[0]);
  await expect(chart(page).locator('a.mark:not(.faded)')).toHaveCount(maritime);
});

test('the numbers behind the chart: per era and per year, following the filters', async ({ page, axe }) => {
  await page.goto('/timeline?topic=cyber-defence');
  await appReady(page);
  const numbers = chart(page).locator('.chart-data');
  await numbers.locator('summary').click();
  const eras = numbers.locator('table').first();
  await expect(eras.locator('tbody tr')).toHaveCount(4);
  const matching = await eras.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(matching.map(Number).reduce((a, b) => a + b, 0)).toBe(Number((await count(page).textContent()).match(/\d+/)[0]));
  const years = numbers.locator('table').nth(1);
  const totals = await years.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(EVENTS);
  expect(await axe()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the numbers behind the chart are in the page as written', async ({ page }) => {
    await page.goto('/timeline');
    const numbers = page.locator('.chart-data');
    await numbers.locator('summary').click();
    await expect(numbers.locator('table')).toHaveCount(2);
    await expect(numbers.locator('table').nth(1).locator('tbody tr').first()).toBeVisible();
  });
});

test('focus and arrow keys tell what each mark is; a click opens its event', async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
  const first = marks(page).first();
  await first.focus();
  const label = await first.getAttribute('aria-label');
  await expect(chart(page).locator('.time-chart-tip')).toHaveText(label);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  expect(second).not.toEqual(label);
  await expect(chart(page).locator('.time-chart-tip')).toHaveText(second);
  await page.keyboard.press('End');
  await expect(chart(page).locator('.time-chart-tip')).toHaveText(await marks(page).last().getAttribute('aria-label'));

  const mark = page.locator('a.mark[href$="/events/2013-04-joint-political-declaration"]');
  await mark.hover();
  await expect(chart(page).locator('.time-chart-tip')).toContainText('Joint Political Declaration');
  await mark.click();
  await expect(page).toHaveURL(/\/events\/2013-04-joint-political-declaration$/);
  await expect(page.locator('main h1')).toContainText('Joint Political Declaration');
});

test('dragging across the years sets from and to in the address; back undoes it, its chip clears it', async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
  const plot = chart(page).locator('.time-chart-brush');
  const box = await plot.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.62, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await expect(chart(page).locator('.time-chart-span')).toHaveCount(1);
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}&to=\d{4}/);
  const [, from, to] = page.url().match(/from=(\d{4})&to=(\d{4})/).map(Number);
  expect(to).toBeGreaterThan(from);
  const years = page.locator('.active-filters').getByRole('link', { name: `Years: ${from}–${to} — remove` });
  await expect(years).toBeVisible();
  const shown = Number((await count(page).textContent()).match(/\d+/)[0]);
  expect(shown).toBeLessThan(EVENTS);
  await expect(chart(page).locator('a.mark:not(.faded)')).toHaveCount(shown);

  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(count(page)).toHaveText(allEvents);
  await page.goForward();
  await expect(page).toHaveURL(/from=\d{4}&to=\d{4}/);
  await years.click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(chart(page).locator('.time-chart-span')).toHaveCount(0);
});

test('a topic shows only its own events, on the same axis', async ({ page }) => {
  await page.goto('/topics/cyber-defence');
  await appReady(page);
  const total = Number((await count(page).textContent()).match(/\d+/)[0]);
  await expect(marks(page)).toHaveCount(total);
  await expect(chart(page).locator('.tick text').first()).toBeAttached();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a first tap tells what a mark is, a second opens it', async ({ page }) => {
    await page.goto('/timeline');
    await appReady(page);
    const mark = page.locator('a.mark[href$="/events/2013-04-joint-political-declaration"]');
    await mark.tap();
    await expect(chart(page).locator('.time-chart-tip')).toContainText('Joint Political Declaration');
    await expect(page).toHaveURL(/\/timeline$/);
    await mark.tap();
    await expect(page).toHaveURL(/\/events\/2013-04-joint-political-declaration$/);
  });
});

test.describe('on a large dataset', () => {
  test.use({ serviceWorkers: 'block' });

  test('the chart counts events per year instead of drawing a mark for each', async ({ page }) => {
    const dataset = syntheticDataset(1000);
    await page.route('**/explorer-config.json', (route) => route.fulfill({ json: { datasetUrl: '/newer-dataset.json' } }));
    await page.route('**/newer-dataset.json', (route) => route.fulfill({ json: dataset }));
    await page.goto('/timeline');
    await expect(page.locator('.dataset-notice')).toContainText('synthetic-1000');
    await expect(marks(page)).toHaveCount(0);
    const bars = chart(page).locator('a.bar');
    expect(await bars.count()).toBeGreaterThan(10);
    await page.locator('#f-q').fill('exercise');
    await expect(page).toHaveURL(/q=exercise/);
    const label = await bars.first().getAttribute('aria-label');
    expect(label).toMatch(/^\d{4}: \d+ events?, \d+ match(es)?$/);
    await bars.first().click();
    await expect(page).toHaveURL(/from=(\d{4})&to=\1/);
    await expect(cards(page).first()).toBeVisible();
  });
});

test('the overview shows events per year by kind; a bar opens that year in the chronology', async ({ page, axe }) => {
  await page.goto('/');
  await appReady(page);
  const bars = page.locator('.year-chart a.year-bar');
  expect(await bars.count()).toBeGreaterThan(10);
  const bar = page.locator('.year-chart a.year-bar[href$="from=2014&to=2014"]');
  await expect(bar).toHaveAttribute('aria-label', /^2014: \d+ events \(/);
  const total = Number((await bar.getAttribute('aria-label')).match(/^2014: (\d+)/)[1]);
  await bar.click();
  await expect(page).toHaveURL(/\/timeline\?from=2014&to=2014$/);
  await expect(count(page)).toHaveText(`${total} events`);
  await page.goBack();
  await expect(page.locator('.year-chart')).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('each topic card has a sparkline of its years', async ({ page }) => {
  await page.goto('/topics');
  await appReady(page);
  const cardsWithLines = page.locator('.topic-card svg.sparkline');
  await expect(cardsWithLines).toHaveCount(await page.locator('.topic-card').count());
  await expect(cardsWithLines.first()).toHaveAttribute('aria-label', /^Events per year, \d{4}–\d{4}; most \(\d+\) in /);
});

test('the keyboard chooses a span of years too, and back undoes it', async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
  const control = chart(page).getByRole('slider', { name: 'Years to show' });
  await control.focus();
  await expect(control).toHaveAttribute('aria-valuetext', /^every year/);
  // The span starts at the axis' first year (1990): 23 steps right, then widen by 3.
  for (let i = 0; i < 23; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(control).toHaveAttribute('aria-valuetext', /^2013 to 2016; Enter/);
  await expect(chart(page).locator('.time-chart-span')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2013&to=2016$/);
  const shown = Number((await count(page).textContent()).match(/\d+/)[0]);
  expect(shown).toBeLessThan(EVENTS);
  await expect(chart(page).locator('a.mark:not(.faded)')).toHaveCount(shown);
  await page.keyboard.press('Escape');
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect(count(page)).toHaveText(allEvents);
});

test('the marks are one tab stop, in date order by arrow keys', async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
  await expect(chart(page).locator('a.mark[tabindex="0"]')).toHaveCount(1);
  await expect(chart(page).locator('a.mark[tabindex="0"]')).toHaveAttribute('href', /early-1990s-first-contacts$/);
});

// The Japanese edition too: its longer unbroken words must wrap as well.
for (const path of ['/', '/timeline', '/topics', '/topics/cyber-defence', '/ja/', '/ja/timeline', '/ja/topics/maritime-security', '/ja/events/2013-04-joint-political-declaration', '/ja/about']) {
  test(`${path} with its charts does not scroll sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await appReady(page);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
