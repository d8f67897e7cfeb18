// Every route renders when loaded directly by its URL, with one h1, its own
// title and description, landmarks, and no axe violations (WCAG 2.x A/AA).
import { test, expect, appReady } from './fixtures.mjs';
import { pageHead } from '../support/dataset.mjs';

const ROUTES = [
  ['/', /^Japan–NATO Partnership Explorer$/],
  ['/timeline', /^Chronology · /],
  ['/timeline?topic=maritime-security&q=exercise&sort=newest', /^Chronology · /],
  ['/topics', /^Topics · /],
  ['/topics/maritime-security', /^Maritime security and counter-piracy · /],
  ['/events/2013-04-joint-political-declaration', /^Japan and NATO sign a Joint Political Declaration · /],
  ['/events/2018-ipcp-revised-and-renewed', /^The partnership programme is revised and renewed · /],
  ['/sources', /^Sources · /],
  ['/sources/nato-relations', /^Relations with Japan · /],
  ['/perspectives', /^Debates and open questions · /],
  ['/about', /^About this explorer · /],
  ['/no/such/page', /^Page not found · /],
];

for (const [path, title] of ROUTES) {
  test(`${path} loads directly, has one h1, landmarks and no axe violations`, async ({ page, axe }) => {
    await page.goto(path);
    await appReady(page);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('h1')).toHaveCount(1);
    // The description the app defines for this page, not just any text.
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', pageHead(path).description);
    await expect(page.locator('header.site-header')).toHaveCount(1);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    expect(await axe()).toEqual([]);
  });
}

test('axe is clean in the dark theme too', async ({ page, axe }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/', '/timeline?q=ipcp', '/events/2023-07-vilnius-summit']) {
    await page.goto(path);
    await appReady(page);
    expect(await axe(), path).toEqual([]);
  }
});

for (const path of ['/events/no-such-event', '/topics/no-such-topic', '/sources/no-such-source', '/timeline/extra']) {
  test(`${path} shows the not-found view`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('main h1')).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Back to the overview' })).toBeVisible();
  });
}

test('the event page shows quotes with sources, details, related events and neighbours', async ({ page }) => {
  await page.goto('/events/2013-04-joint-political-declaration');
  await appReady(page);
  await expect(page.locator('main time').first()).toHaveText('April 2013');
  await expect(page.locator('main time').first()).toHaveAttribute('datetime', '2013-04');
  await expect(page.locator('figure.quote')).toHaveCount(4);
  await expect(page.locator('figure.quote figcaption a').first()).toHaveAttribute('href', /\/sources\//);
  await expect(page.getByRole('link', { name: 'Abe Shinzo' })).toBeVisible();
  await expect(page.locator('.cards .card')).toHaveCount(4);
  const nav = page.getByRole('navigation', { name: 'Previous and next events' });
  await expect(nav.getByRole('link')).toHaveCount(2);
  await nav.locator('a[rel=next]').click();
  await expect(page).toHaveURL(/\/events\/2013-hadr-study-group$/);
  await expect(page.locator('main h1')).toBeFocused();
});

test('a discrepancy between sources is shown', async ({ page }) => {
  await page.goto('/events/2020-ipcp-renewed');
  await expect(page.getByRole('heading', { name: 'The sources differ' })).toBeVisible();
  await expect(page.locator('.discrepancy')).toContainText('2018 and 2020');
});

test('navigation moves focus to the new view heading and marks the current link', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Topics' }).click();
  await expect(page.locator('main h1')).toHaveText('Topics');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Cyber defence' }).click();
  await expect(page.locator('main h1')).toHaveText('Cyber defence');
  await expect(page).toHaveTitle(/^Cyber defence · /);
});

test('everything is reachable by keyboard: skip link, search, a card', async ({ page }) => {
  await page.goto('/timeline');
  await appReady(page);
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.locator('#f-q').focus();
  await page.keyboard.type('osprey');
  await expect(page).toHaveURL(/q=osprey/);
  await expect(page.locator('.chronology .card')).toHaveCount(1);
  // Tab on from the search box until the card's link has focus, then follow it.
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.locator('.chronology .card-title a').evaluate((a) => a === document.activeElement)) break;
  }
  await expect(page.locator('.chronology .card-title a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/2020-v-22-osprey-delivery$/);
});

test('a glossary term explains itself on focus', async ({ page }) => {
  await page.goto('/events/2015-crisis-management-exercise');
  const term = page.locator('.lead .term abbr').first();
  await expect(term).toHaveText('CMX');
  const tip = page.locator('.lead .term-tip').first();
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('Crisis Management Exercise');
  await expect(term).toHaveAttribute('aria-describedby', await tip.getAttribute('id'));
});

test('pages fit a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/timeline', '/events/2023-07-vilnius-summit', '/sources/isozaki-ewc', '/about']) {
    await page.goto(path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the dark theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await appReady(page);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 22, 27)');
});

test('printing shows the chronology without the controls', async ({ page }) => {
  await page.goto('/timeline?topic=cyber-defence');
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filter-panel')).toBeHidden();
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.locator('.chronology .card')).toHaveCount(3);
  await expect(page.locator('.card-source').first()).toBeVisible();
});
