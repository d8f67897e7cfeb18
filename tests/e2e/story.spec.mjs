// Stories (/story): the guided story of data/story.json and any filtered
// chronology told one event a screen, moved through with links, keys and
// swipes, each step at its own address; and every header destination in
// sight on a narrow phone.
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from './fixtures.mjs';
import { startServer } from '../support/static-server.mjs';
import { descriptionIn } from '../support/dataset.mjs';

const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
const events = JSON.parse(readFileSync('data/events.json', 'utf8'));
const title = (id) => events.find((e) => e.id === id).title;
const steps = story.steps.map((s) => s.event);
const FIRST = steps[0];
const SECOND = steps[1];
const LAST = steps[steps.length - 1];

const idOf = (href) => new URL(href, 'http://x').pathname.split('/').pop();
const listedIds = (page) =>
  page.locator('.story-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test.describe('every header destination', () => {
  for (const [width, path, menu] of [
    [320, '/', 'Menu'],
    [320, '/ja/story', 'メニュー'],
    [390, '/timeline', 'Menu'],
    [1366, '/story', null],
  ]) {
    test(`is in sight or one tap away at ${width} px on ${path}, the current page marked`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(path);
      await appReady(page);
      const nav = page.locator('.site-header nav');
      if (menu) {
        // One tap away: the menu, then every link.
        await expect(nav.getByRole('link')).toHaveCount(0);
        await nav.getByText(menu, { exact: true }).click();
      }
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(8);
      for (const link of await links.all()) {
        await expect(link).toBeVisible();
        const box = await link.boundingBox();
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.y + box.height).toBeLessThanOrEqual(640);
      }
      // Nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const current = nav.locator('a[aria-current="page"]:visible');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', path);
      if (menu) {
        // Going elsewhere closes the menu.
        await links.nth(3).click();
        await expect(page.locator('main h1')).toBeFocused();
        await expect(nav.getByRole('link')).toHaveCount(0);
      }
    });
  }
});

test.describe('the guided story', () => {
  test('opens with what the partnership is, its quotes, and its steps', async ({ page, axe }) => {
    await page.goto('/story');
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('The partnership, step by step');
    await expect(page.locator('.story-screen .lead')).toHaveText(story.intro.text);
    await expect(page.locator('.story-screen blockquote')).toHaveCount(story.intro.evidence.length);
    expect((await listedIds(page)).map(idOf)).toEqual(steps);
    await expect(page.locator('.story-chart a.mark')).toHaveCount(steps.length);
    await expect(page.locator('.story-chart a.mark.to-come')).toHaveCount(steps.length);
    expect(await axe()).toEqual([]);
  });

  test('moves with links, arrow keys, Home and End; the step is in the URL; back and forward follow', async ({ page }) => {
    await page.goto('/story');
    await appReady(page);
    await page.getByRole('link', { name: /Begin/ }).click();
    await expect(page).toHaveURL(`/story/${FIRST}`);
    await expect(page.locator('main h1')).toHaveText(title(FIRST));
    await expect(page.locator('#story-progress')).toHaveText(`Step 1 of ${steps.length}`);
    // Focus moves to the heading, which names where it stands.
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.locator('main h1')).toHaveAttribute('aria-describedby', 'story-progress');
    await expect(page.locator('.story-link')).toHaveText(story.steps[0].link);

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(`/story/${SECOND}`);
    await expect(page.locator('#story-progress')).toHaveText(`Step 2 of ${steps.length}`);
    await expect(page.locator('main h1')).toBeFocused();
    // Seen, current and to come on the chart.
    await expect(page.locator('.story-chart a.mark.seen')).toHaveCount(1);
    await expect(page.locator('.story-chart a.mark.current')).toHaveCount(1);
    await expect(page.locator('.story-chart a.mark.to-come')).toHaveCount(steps.length - 2);
    await expect(page.locator('.story-list a[aria-current="step"]')).toHaveText(new RegExp(title(SECOND)));

    await page.keyboard.press('End');
    await expect(page).toHaveURL(`/story/${LAST}`);
    await expect(page.locator('#story-progress')).toHaveText(`Step ${steps.length} of ${steps.length}`);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(`/story/${FIRST}`);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL('/story');

    await page.goBack();
    await expect(page).toHaveURL(`/story/${FIRST}`);
    await page.goBack();
    await expect(page).toHaveURL(`/story/${LAST}`);
    await expect(page.locator('main h1')).toHaveText(title(LAST));
    await page.goForward();
    await expect(page).toHaveURL(`/story/${FIRST}`);
    await expect(page.locator('main h1')).toHaveText(title(FIRST));

    // The step list jumps; the last step leads on to the chronology.
    await page.locator('.story-list a').nth(4).click();
    await expect(page).toHaveURL(`/story/${steps[4]}`);
    await page.keyboard.press('End');
    await page.locator('.story-nav a[rel="next"]').click();
    await expect(page).toHaveURL('/timeline');
  });

  test('a reload lands on the same step, with its own title and description', async ({ page }) => {
    await page.goto(`/story/${SECOND}`);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(title(SECOND));
    await expect(page).toHaveTitle(`${title(SECOND)} · Japan–NATO Partnership Explorer`);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveAttribute('content', new RegExp(`^Step 2 of ${steps.length}: `));
    await page.reload();
    await appReady(page);
    await expect(page.locator('#story-progress')).toHaveText(`Step 2 of ${steps.length}`);
  });

  test('the keys leave a form field and the chart alone', async ({ page }) => {
    await page.goto(`/story/${SECOND}`);
    await appReady(page);
    await page.locator('.story-chart a.mark').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(`/story/${SECOND}`);
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  // A one-finger swipe from (x1, y1) to (x2, y2).
  const swipe = (page, [x1, y1], [x2, y2]) =>
    page.evaluate(
      ([x1, y1, x2, y2]) => {
        const target = document.querySelector('main');
        const at = (x, y) => new Touch({ identifier: 1, target, clientX: x, clientY: y });
        const start = at(x1, y1);
        const end = at(x2, y2);
        target.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [start], changedTouches: [start] }));
        target.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [end] }));
      },
      [x1, y1, x2, y2],
    );

  test('a swipe left or right moves a step; a short or vertical one does not', async ({ page }) => {
    await page.goto(`/story/${SECOND}`);
    await appReady(page);
    await swipe(page, [300, 400], [270, 400]); // too short
    await swipe(page, [200, 600], [150, 300]); // a scroll
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(`/story/${SECOND}`);
    await swipe(page, [320, 400], [80, 420]);
    await expect(page).toHaveURL(`/story/${steps[2]}`);
    await swipe(page, [80, 400], [320, 390]);
    await expect(page).toHaveURL(`/story/${SECOND}`);
  });
});

test.describe('a filtered chronology as a story', () => {
  const query = '?topic=cyber-defence&from=2014';

  test('holds exactly the chronology\'s events, in order', async ({ page, axe }) => {
    await page.goto(`/timeline${query}`);
    await appReady(page);
    const chronology = await page
      .locator('.chronology .card-title a')
      .evaluateAll((links) => links.map((a) => new URL(a.href).pathname.split('/').pop()));
    expect(chronology.length).toBeGreaterThan(1);
    await page.getByRole('link', { name: 'Play as a story' }).click();
    await expect(page).toHaveURL(`/story${query}`);
    await expect(page.locator('main h1')).toHaveText('The chronology as a story');
    const listed = await listedIds(page);
    expect(listed.map(idOf)).toEqual(chronology);
    expect(listed.every((href) => href.endsWith(query))).toBe(true);

    // Walking it from first to last visits exactly those events.
    await page.getByRole('link', { name: /Begin/ }).click();
    const visited = [];
    for (let i = 0; i < chronology.length; i += 1) {
      await expect(page.locator('#story-progress')).toHaveText(`Step ${i + 1} of ${chronology.length}`);
      visited.push(new URL(page.url()).pathname.split('/').pop());
      expect(new URL(page.url()).search).toBe(query);
      await page.keyboard.press('ArrowRight');
    }
    expect(visited).toEqual(chronology);
    await expect(page).toHaveURL(`/timeline${query}`);
    expect(await axe()).toEqual([]);
  });

  test('a topic\'s page plays its own events; the order asked for does not reverse the story', async ({ page }) => {
    await page.goto('/topics/cyber-defence?sort=newest');
    await appReady(page);
    await page.getByRole('link', { name: 'Play as a story' }).click();
    await expect(page).toHaveURL('/story?topic=cyber-defence');
    const listed = (await listedIds(page)).map(idOf);
    const inTopic = events.filter((e) => e.topics.includes('cyber-defence')).map((e) => e.id);
    expect([...listed].sort()).toEqual([...inTopic].sort());
  });

  test('a step the story does not have says so, and an unknown one is not found', async ({ page }) => {
    await page.goto(`/story/${FIRST}?topic=cyber-defence`);
    await appReady(page);
    await expect(page.locator('main')).toContainText('This event is not one of this story\'s steps.');
    await page.goto('/story/no-such-event');
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Page not found');
  });
});

test('every step is a page of its own, with its own title and description for link previews', async ({ request }) => {
  for (const [i, id] of steps.entries()) {
    const html = await (await request.get(`/story/${id}`)).text();
    const escaped = title(id).replace(/&/g, '&amp;');
    expect(html).toContain(`<title>${escaped} · Japan–NATO Partnership Explorer</title>`);
    expect(descriptionIn(html)).toMatch(new RegExp(`^Step ${i + 1} of ${steps.length}: `));
  }
  // An event outside the guided story is a step of the whole chronology.
  const outside = events.find((e) => !steps.includes(e.id));
  const html = await (await request.get(`/story/${outside.id}`)).text();
  expect(descriptionIn(html)).toMatch(new RegExp(`^Step \\d+ of ${events.length}: `));
  const ja = await (await request.get(`/ja/story/${FIRST}`)).text();
  expect(descriptionIn(ja)).toMatch(new RegExp(`^ステップ 1／${steps.length}：`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each step is a page, and previous and next are plain links', async ({ page }) => {
    await page.goto('/story');
    await expect(page.locator('main h1')).toHaveText('The partnership, step by step');
    await page.locator('.story-nav a[rel="next"]').click();
    await expect(page).toHaveURL(`/story/${FIRST}`);
    await expect(page.locator('#story-progress')).toHaveText(`Step 1 of ${steps.length}`);
    await expect(page.locator('main blockquote').first()).toBeVisible();
    await page.locator('.story-nav a[rel="next"]').click();
    await expect(page).toHaveURL(`/story/${SECOND}`);
    await expect(page.locator('main h1')).toHaveText(title(SECOND));
    await page.locator('.story-nav a[rel="prev"]').click();
    await expect(page).toHaveURL(`/story/${FIRST}`);
  });
});

test.describe('the Japanese edition', () => {
  test('tells the same story in Japanese', async ({ page, axe }) => {
    const ja = JSON.parse(readFileSync('data/ja/story.json', 'utf8'));
    await page.goto(`/ja/story/${SECOND}`);
    await appReady(page);
    await expect(page.locator('#story-progress')).toHaveText(`ステップ 2／${steps.length}`);
    await expect(page.locator('.story-link')).toHaveText(ja.steps[SECOND]);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(`/ja/story/${FIRST}`);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL('/ja/story');
    await expect(page.locator('main h1')).toHaveText('日NATOパートナーシップの歩み');
    await expect(page.locator('.story-screen .lead')).toHaveText(ja.intro.text);
    expect(await axe()).toEqual([]);
  });
});

test.describe('themes, motion and print', () => {
  test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });

  test('dark, without animation for a reader who prefers less motion, and printed as its steps', async ({ page, axe }) => {
    await page.goto(`/story/${SECOND}`);
    await appReady(page);
    expect(await axe()).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#story-progress')).toHaveText(`Step 3 of ${steps.length}`);
    await expect(page.locator('.story-screen')).toHaveCSS('animation-name', 'none');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.story-screen')).toBeHidden();
    await expect(page.locator('.story-list li')).toHaveCount(steps.length);
    await expect(page.locator('.story-list .step-line').first()).toBeVisible();
  });

  test.describe('with motion', () => {
    test.use({ reducedMotion: 'no-preference', colorScheme: 'light' });
    test('a step comes in with a short animation', async ({ page }) => {
      await page.goto(`/story/${SECOND}`);
      await appReady(page);
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('#story-progress')).toHaveText(`Step 3 of ${steps.length}`);
      await expect(page.locator('.story-screen')).toHaveCSS('animation-name', 'story-in');
    });
  });
});

test.describe('offline, under a sub-path and embedded', () => {
  let server;
  let app;
  let host;
  const hostRewrite = [];
  const BASE = '/research/japan-nato/';
  const csp = (frameAncestors) =>
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    `connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors ${frameAncestors}`;

  test.beforeAll(async () => {
    server = await startServer({ root: 'dist', fallback: false });
    host = await startServer({ root: 'embed', host: 'localhost', rewrite: hostRewrite });
    app = await startServer({ root: 'dist-subpath', base: BASE, fallback: false, csp: csp(`'self' ${host.origin}`) });
    hostRewrite.splice(0, hostRewrite.length, ['https://explorer.example.org/japan-nato/', app.url]);
  });
  test.afterAll(async () => {
    await server?.close();
    await app?.close();
    await host?.close();
  });

  test('after one visit, a step reloads offline and the story moves on', async ({ page, context }) => {
    await page.goto(server.url);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await context.setOffline(true);
    await page.goto(`${server.url}story/${SECOND}`);
    await appReady(page);
    await expect(page.locator('#story-progress')).toHaveText(`Step 2 of ${steps.length}`);
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(title(SECOND));
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('main h1')).toHaveText(title(steps[2]));
    await context.setOffline(false);
  });

  test('under a sub-path with the strict CSP, embedded: compact, and the frame told once per step', async ({ page }) => {
    await page.goto(`${host.url}example-host.html`);
    const frame = page.frameLocator('iframe[data-japan-nato-explorer]');
    await expect(frame.locator('html')).toHaveClass(/(^|\s)app(\s|$)/);
    await frame.getByRole('link', { name: 'Play as a story' }).click();
    await expect(frame.locator('main h1')).toHaveText('The chronology as a story');
    await expect(frame.locator('header.site-header')).toHaveCount(0);
    await frame.getByRole('link', { name: /Begin/ }).click();
    await expect(frame.locator('#story-progress')).toHaveText(/^Step 1 of \d+$/);
    const explorer = page.frames().find((f) => f.url().startsWith(app.origin));
    expect(new URL(explorer.url()).pathname).toMatch(new RegExp(`^${BASE}story/`));
    const frameHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = () => explorer.evaluate(() => document.body.scrollHeight);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(3);
    // Every height the host gives the frame from here on.
    await page.locator('iframe').evaluate((f) => {
      window.heightsSet = [];
      new MutationObserver(() => window.heightsSet.push(f.style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
    });
    for (const step of [2, 3, 4]) {
      await page.keyboard.press('ArrowRight');
      await expect(frame.locator('#story-progress')).toHaveText(new RegExp(`^Step ${step} of`));
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(3);
    }
    await page.waitForTimeout(300);
    expect((await page.evaluate(() => window.heightsSet)).length).toBeLessThanOrEqual(3);
  });
});
