// What a reader does with Sift, once, for every browser: scenarios.chromium.test.mjs and
// scenarios.firefox.test.mjs run this list with their driver (drivers.mjs). A scenario uses only
// what both drivers' pages share and the Env interface; what only one browser can show
// (its toolbar button, its service worker) stays in that browser's own tests.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

const SHOTS = new URL('../../test-results/screenshots/', import.meta.url);

/** @typedef {import('./drivers.mjs').Env} Env */

const KEY_POINT = '[data-testid="key-point"]';
const SIFT_POINT = '[data-testid="key-point"][data-origin="sift"]';
const AUTHOR_POINT = '[data-testid="key-point"][data-origin="author"]';
const TITLE = '[data-testid="article-title"]';

/** @param {any} page @param {string} selector */
const texts = (page, selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
/** @param {any} page @param {string} selector */
const count = (page, selector) => page.$$eval(selector, (els) => els.length);
/** @param {any} page @param {string} selector */
const waitFor = (page, selector) => page.waitForSelector(selector, { timeout: 20000 });
/** The text of the first element that matches `selector`. */
const textOf = async (page, selector) => (await texts(page, selector))[0] ?? '';

/**
 * Opens a view by its tab's label (a regular expression's source), as a click on it would.
 * @param {any} page
 * @param {string} label
 */
async function openView(page, label) {
  const handles = await page.$$('[role="tab"]');
  for (const h of handles) {
    const text = await h.evaluate((/** @type {Element} */ e) => e.textContent ?? '');
    if (new RegExp(label).test(text)) return h.click();
  }
  throw new Error(`no view whose tab says ${label}`);
}

/** Waits until a status line says `pattern` (a regular expression's source). */
function statusSays(env, page, pattern) {
  return env.waitUntil(page, (p) => [...document.querySelectorAll('[data-testid="status"]')].some((e) => new RegExp(p).test(e.textContent ?? '')), pattern);
}

/** The text of the page's highlight named `sift`, spaces collapsed ('' when there is none). */
const highlighted = (page) => page.evaluate(() => ([...(CSS.highlights.get('sift') ?? [])][0]?.toString() ?? '').replace(/\s+/g, ' ').trim());

/**
 * @typedef {object} Scenario
 * @property {string} name
 * @property {(env: Env) => Promise<void>} run
 */

/** @type {Scenario[]} In a browser whose UI is in English. */
export const SCENARIOS = [
  {
    name: 'seed page: title, author key points, Sift key points, cited sources and outline in the popup',
    async run(env) {
      const { tabId } = await env.openArticle('seed/seed-article.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, SIFT_POINT);
      assert.match(await textOf(popup, TITLE), /中谷防衛大臣とヘグセス米国防長官/);
      assert.equal(await count(popup, AUTHOR_POINT), 3, "the author's 3 points");
      assert.equal(await count(popup, SIFT_POINT), 5, "Sift's 5 points");
      await openView(popup, 'Sources');
      await waitFor(popup, '[data-testid="source-link"]');
      const cited = await popup.$$eval('.source[data-kind="cited"] [data-testid="source-link"]', (as) =>
        as.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).hostname),
      );
      assert.deepEqual(cited.sort(), ['mainichi.jp', 'newsdig.tbs.co.jp']);
      for (const href of await popup.$$eval('[data-testid="source-link"]', (as) => as.map((a) => /** @type {HTMLAnchorElement} */ (a).href)))
        assert.match(href, /^https?:\/\//);
      await openView(popup, 'Outline');
      await waitFor(popup, '[data-testid="outline-item"]');
      await popup.close();
    },
  },
  {
    name: 'English page: title, key points that are sentences, links and outline in the popup',
    async run(env) {
      const { tabId } = await env.openArticle('e2e/theverge.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, KEY_POINT);
      assert.match(await textOf(popup, TITLE), /Vision Pro/);
      const points = await texts(popup, KEY_POINT);
      assert.ok(points.length >= 3, `expected key points, got ${points.length}`);
      for (const p of points) assert.ok(p.trim().length > 20, `a key point is a sentence: "${p}"`);
      await openView(popup, 'Sources');
      await waitFor(popup, '[data-testid="source-link"]');
      await openView(popup, 'Outline');
      await waitFor(popup, '[data-testid="outline-item"]');
      await popup.close();
    },
  },
  {
    name: "seed page: a point's source chip (the TBS point links to newsdig.tbs.co.jp), the sources' profile, a citing sentence shown in the page",
    async run(env) {
      const { page, tabId } = await env.openArticle('seed/seed-article.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, AUTHOR_POINT);
      // The author's first point (the phone talks) says what the TBS card says: its chip opens that card's source in a new tab.
      const chips = await popup.$$eval('.key-points li', (lis) =>
        lis.map((li) =>
          [...li.querySelectorAll('[data-testid="point-source"]')].map((a) => [/** @type {HTMLAnchorElement} */ (a).href, a.getAttribute('target')]),
        ),
      );
      assert.deepEqual(chips[0], [['https://newsdig.tbs.co.jp/articles/withbloomberg/1700885?display=1', '_blank']]);
      assert.match(await textOf(popup, '[data-testid="point-source"]'), /newsdig\.tbs\.co\.jp\s*news/);
      await openView(popup, 'Sources');
      await waitFor(popup, '[data-testid="source-profile"]');
      assert.equal((await textOf(popup, '[data-testid="source-profile"]')).trim(), '2 news');
      // The Mainichi card's source line is a label: its place reads as the card's title, and a click shows it in the page.
      await waitFor(popup, '[data-testid="citing-sentence"]');
      const place = (await textOf(popup, '[data-testid="citing-sentence"]')).trim();
      assert.equal(place, '尖閣諸島「日米安保条の下」日米プラス、共同文書全文');
      await popup.click('[data-testid="citing-sentence"]');
      await env.waitUntil(page, () => CSS.highlights.has('sift'));
      assert.equal(await highlighted(page), place);
      await popup.close();
    },
  },
  {
    name: 'the Quotes view: who said what on an English and a Japanese page, each quotation shown in the page',
    async run(env) {
      for (const [path, speaker, words] of [
        ['attribution/pages/06e5123e4ef7cfb4533250dc45d1e03d0838fc66.html', 'Claure', 'We are going to eliminate and scale back certain functions'],
        ['attribution/pages/wired.jp.html', 'ニックス', 'Neue HelveticaはHelveticaのデジタル化の最初の試みでした'],
      ]) {
        const { page, tabId } = await env.openArticle(path);
        const popup = await env.openSift('popup.html', tabId);
        await waitFor(popup, KEY_POINT);
        await openView(popup, 'Quotes');
        await waitFor(popup, '[data-testid="quote"]');
        const groups = await popup.$$eval('.speaker-group', (sections) =>
          sections.map((g) => [
            g.querySelector('.speaker')?.textContent ?? '',
            [...g.querySelectorAll('[data-testid="quote"]')].map((q) => q.textContent ?? ''),
          ]),
        );
        const group = groups.find(([name]) => name.includes(speaker));
        assert.ok(group, `a group for ${speaker}: ${JSON.stringify(groups.map(([n]) => n))}`);
        const quote = group[1].find((q) => q.includes(words));
        assert.ok(quote, `${speaker}'s words among ${JSON.stringify(group[1])}`);
        const buttons = await popup.$$('[data-testid="quote"]');
        for (const b of buttons) {
          if ((await b.evaluate((/** @type {Element} */ e) => e.textContent ?? '')) === quote) {
            await b.click();
            break;
          }
        }
        await env.waitUntil(page, () => CSS.highlights.has('sift'));
        assert.equal(await highlighted(page), quote.replace(/\s+/g, ' ').trim());
        await popup.close();
        await page.close();
      }
    },
  },
  {
    name: 'clicking a key point highlights that sentence in the page and scrolls to it; Escape clears it',
    async run(env) {
      const { page, tabId } = await env.openArticle('seed/seed-article.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, SIFT_POINT);
      // The last point stands furthest down the page, so showing it has to scroll.
      const points = await popup.$$(SIFT_POINT);
      const last = points[points.length - 1];
      const text = await last.evaluate((/** @type {Element} */ e) => (e.querySelector('span:last-of-type') ?? e).textContent?.replace(/\s+/g, ' ').trim());
      await last.click();
      await env.waitUntil(page, () => CSS.highlights.has('sift'));
      assert.equal(await highlighted(page), text);
      await env.waitUntil(page, () => {
        const range = /** @type {Range} */ ([...(CSS.highlights.get('sift') ?? [])][0]);
        const rect = range.getBoundingClientRect();
        return window.scrollY > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
      });
      await popup.keyboard.press('Escape');
      await env.waitUntil(page, () => !CSS.highlights.has('sift'));
      await popup.close();
    },
  },
  {
    name: 'the side panel shows the same views for a tab',
    async run(env) {
      const { tabId } = await env.openArticle('seed/seed-article.html');
      const panel = await env.openSift('sidepanel.html', tabId);
      await waitFor(panel, KEY_POINT);
      assert.match(await textOf(panel, TITLE), /日米同盟強化/);
      assert.ok((await count(panel, KEY_POINT)) >= 3);
      await openView(panel, 'Sources');
      await waitFor(panel, '[data-testid="source-link"]');
      await panel.close();
    },
  },
  {
    name: 'the side panel follows a switch between two article tabs',
    async run(env) {
      const verge = await env.openArticle('e2e/theverge.html');
      const seed = await env.openArticle('seed/seed-article.html'); // opened last: the active tab
      const panel = await env.openSift('sidepanel.html', seed.tabId, { window: true });
      await waitFor(panel, TITLE);
      assert.match(await textOf(panel, TITLE), /日米同盟強化/);
      const titleSays = (source) =>
        env.waitUntil(panel, (s) => new RegExp(s).test(document.querySelector('[data-testid="article-title"]')?.textContent ?? ''), source);
      await env.inExtension((id) => chrome.tabs.update(id, { active: true }), verge.tabId);
      await titleSays('Vision Pro');
      await env.inExtension((id) => chrome.tabs.update(id, { active: true }), seed.tabId);
      await titleSays('日米同盟強化');
      await panel.close();
    },
  },
  {
    name: 'a hostile page: Sift shows its payloads as text, no payload runs, only http(s) links are clickable',
    async run(env) {
      const { page, tabId } = await env.openArticle('e2e/xss.scripted.html');
      assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), null, 'the page itself ran its own script, and no payload');
      for (const file of ['popup.html', 'sidepanel.html']) {
        const ui = await env.openSift(file, tabId);
        await waitFor(ui, TITLE);
        assert.match(await textOf(ui, TITLE), /<img src=x onerror=/, 'markup in the title is shown as text');
        for (const view of ['Key points', 'Sources', 'Outline']) {
          await openView(ui, view);
          for (const href of await ui.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href'))))
            assert.match(href, /^https?:\/\//, `only http(s) links: ${href}`);
          assert.equal(await count(ui, 'img, script:not([src]), iframe, svg[onload]'), 0, 'no element came from the page');
        }
        assert.equal(await ui.evaluate(() => /** @type {any} */ (window).__pwned ?? null), null, `no payload ran in ${file}`);
        await ui.close();
      }
      assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), null, 'no payload ran in the page');
    },
  },
  {
    name: 'summarizing, showing a point and an outline item make no network request',
    async run(env) {
      const { page, tabId } = await env.openArticle('seed/seed-article.html');
      await env.waitUntil(page, () => document.readyState === 'complete');
      const requests = await env.watchRequests();
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, KEY_POINT);
      await popup.click(KEY_POINT);
      await env.waitUntil(page, () => CSS.highlights.has('sift'));
      await openView(popup, 'Sources');
      await openView(popup, 'Outline');
      await waitFor(popup, '[data-testid="outline-item"]');
      await popup.click('[data-testid="outline-item"]');
      await new Promise((ok) => setTimeout(ok, 300));
      assert.deepEqual(await requests.stop(), []);
      await popup.close();
    },
  },
  {
    name: 'a page where extensions cannot run shows a clear message',
    async run(env) {
      const tabId = await env.openRestrictedTab();
      const popup = await env.openSift('popup.html', tabId);
      await statusSays(env, popup, 'do not let extensions read this page');
      await popup.close();
    },
  },
  {
    name: 'a page that is not an article says so, and still lists its links',
    async run(env) {
      const { tabId } = await env.openArticle('pages/not-article.html');
      const popup = await env.openSift('popup.html', tabId);
      await statusSays(env, popup, 'not look like an article');
      assert.match(await textOf(popup, TITLE), /Example Portal/);
      await openView(popup, 'Sources');
      await waitFor(popup, '[data-testid="source-link"]');
      await popup.close();
    },
  },
  {
    name: 'a Japanese article over three pages: "Page 1 of 3", Read all pages, points from page 3, one shown on its page',
    async run(env) {
      const { page, tabId } = await env.openArticle('multipage/ja/article.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, SIFT_POINT);
      assert.equal((await textOf(popup, '[data-testid="pages-said"]')).trim(), 'Page 1 of 3');
      const requests = await env.watchRequests();
      await popup.click('[data-testid="read-all-pages"]');
      await env.waitUntil(popup, () => document.querySelector('[data-testid="pages-said"]')?.textContent === 'All 3 pages');
      const asked = (await requests.stop()).map((u) => new URL(u).pathname);
      assert.deepEqual(asked, ['/multipage/ja/article_2.html', '/multipage/ja/article_3.html'], "only the article's own further pages were asked for");
      // Seven points: the story's summing-up on page 3 is among them in both browsers' sentence splitting.
      await popup.click('[data-testid="points-7"]');
      await env.waitUntil(popup, () => document.querySelectorAll('[data-testid="key-point"][data-origin="sift"]').length > 5);
      const points = await texts(popup, SIFT_POINT);
      const page3 = readFileSync(new URL('../fixtures/multipage/ja/article_3.html', import.meta.url), 'utf8');
      const onPage3 = points.find((p) => page3.includes(p.trim()));
      assert.ok(onPage3, `a point from page 3 among ${JSON.stringify(points)}`);
      // A click on it loads page 3 in the tab and shows the sentence there.
      const handles = await popup.$$(SIFT_POINT);
      for (const h of handles) if ((await h.evaluate((/** @type {Element} */ e) => e.textContent ?? '')) === onPage3) await h.click();
      await env.waitUntil(page, () => location.pathname.endsWith('/article_3.html') && document.readyState === 'complete');
      await env.waitUntil(page, () => CSS.highlights.has('sift'));
      assert.ok(onPage3.replace(/\s+/g, '').includes((await highlighted(page)).replace(/\s+/g, '')));
      await popup.click('[data-testid="points-5"]');
      await popup.close();
      // The tab now shows page 3: a Sift page opened for it shows the whole article from the cache.
      const panel = await env.openSift('sidepanel.html', tabId);
      await env.waitUntil(panel, () => document.querySelector('[data-testid="pages-said"]')?.textContent === 'All 3 pages');
      await panel.close();
    },
  },
  {
    name: 'an English article over <link rel=next>: "Page 1 of 3", then all 3 pages in the side panel',
    async run(env) {
      const { tabId } = await env.openArticle('multipage/en/story.html');
      const panel = await env.openSift('sidepanel.html', tabId);
      await waitFor(panel, SIFT_POINT);
      assert.equal((await textOf(panel, '[data-testid="pages-said"]')).trim(), 'Page 1 of 3');
      await panel.click('[data-testid="read-all-pages"]');
      await env.waitUntil(panel, () => document.querySelector('[data-testid="pages-said"]')?.textContent === 'All 3 pages');
      assert.equal(await count(panel, '[data-testid="pages-stopped"]'), 0);
      await panel.close();
    },
  },
  {
    name: 'a page that fails mid-way: the pages before it are shown, and the message says which page failed',
    async run(env) {
      const { tabId } = await env.openArticle('multipage/broken/article.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, '[data-testid="read-all-pages"]');
      await popup.click('[data-testid="read-all-pages"]');
      await waitFor(popup, '[data-testid="pages-stopped"]');
      assert.match(await textOf(popup, '[data-testid="pages-stopped"]'), /Page 3 could not be read \(HTTP 404\)/);
      assert.equal((await textOf(popup, '[data-testid="pages-said"]')).trim(), 'All 2 pages');
      await popup.close();
    },
  },
  {
    name: "the seed page's next link: it says the article continues; reading on stops where page 2 is page 1 again",
    async run(env) {
      const { tabId } = await env.openArticle('articles/nichibei-domei-2025');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, SIFT_POINT);
      assert.equal((await textOf(popup, '[data-testid="pages-said"]')).trim(), 'Continues on further pages');
      await popup.click('[data-testid="read-all-pages"]');
      await waitFor(popup, '[data-testid="pages-stopped"]');
      assert.match(await textOf(popup, '[data-testid="pages-stopped"]'), /Page 2 repeats a page or is not part of this article/);
      await popup.close();
    },
  },
  {
    name: 'screenshots of the popup and the side panel, light and dark',
    async run(env) {
      await screenshots(env, 'en');
    },
  },
];

/** @type {Scenario[]} In a browser whose UI is in Japanese. */
export const JAPANESE_SCENARIOS = [
  {
    name: 'the UI follows a Japanese browser',
    async run(env) {
      const { tabId } = await env.openArticle('seed/seed-article.html');
      const popup = await env.openSift('popup.html', tabId);
      await waitFor(popup, KEY_POINT);
      const tabs = (await texts(popup, '[role="tab"]')).join(' ');
      for (const label of [/要点/, /出典/, /構成/]) assert.match(tabs, label);
      await popup.close();
    },
  },
  {
    name: 'restricted pages are explained in Japanese',
    async run(env) {
      const tabId = await env.openRestrictedTab();
      const popup = await env.openSift('popup.html', tabId);
      await statusSays(env, popup, '拡張機能から読み取れません');
      await popup.close();
    },
  },
  {
    name: 'screenshots of the Japanese popup and side panel, light and dark',
    async run(env) {
      await screenshots(env, 'ja');
    },
  },
];

/** Popup and side panel on the seed page, at their real sizes, light and dark: test-results/screenshots/<browser>/. */
async function screenshots(env, language) {
  const dir = new URL(`${env.name}/`, SHOTS);
  await mkdir(dir, { recursive: true });
  const { tabId } = await env.openArticle('seed/seed-article.html');
  for (const [file, size] of /** @type {const} */ ([
    ['popup', { width: 400, height: 600 }],
    ['sidepanel', { width: 360, height: 720 }],
  ])) {
    const ui = await env.openSift(`${file}.html`, tabId);
    await env.resize(ui, size);
    await waitFor(ui, KEY_POINT);
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      await env.colorScheme(ui, scheme);
      await ui.screenshot({ path: new URL(`${file}-${language}-${scheme}.png`, dir).pathname });
    }
    await ui.close();
  }
}

/**
 * Registers every scenario as a test: the English ones in one browser, the Japanese ones in
 * another started with a Japanese UI.
 * @param {(options?: { uiLanguage?: string }) => Promise<Env>} start
 */
export function runScenarios(start) {
  for (const [language, list] of /** @type {const} */ ([
    ['en', SCENARIOS],
    ['ja', JAPANESE_SCENARIOS],
  ])) {
    describe(`UI in ${language === 'en' ? 'English' : 'Japanese'}`, () => {
      /** @type {Env | undefined} */
      let env;
      before(async () => {
        env = await start(language === 'en' ? {} : { uiLanguage: language });
      });
      after(async () => {
        await env?.close();
      });
      for (const s of list) test(s.name, () => s.run(/** @type {Env} */ (env)));
    });
  }
}
