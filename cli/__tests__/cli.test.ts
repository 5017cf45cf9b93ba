/**
 * `sift` as a user runs it: `node scripts/sift.mjs …` in a child process, on fixtures and
 * against an HTTP server on 127.0.0.1 started here. The tests run concurrently: each spawn
 * spends most of its time loading the engine.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringWidth } from '../width';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIFT = `${ROOT}scripts/sift.mjs`;
const SEED = 'tests/fixtures/seed/seed-article.html';
const SEED_URL = 'https://find-go.example/articles/nichibei-domei-2025';
const VERGE = 'tests/fixtures/e2e/theverge.html';
const RELATIVE = 'tests/fixtures/cli/relative-links.html';
// eslint-disable-next-line no-control-regex
const ESC = /\u001b/;
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sift(args: string[], options: { env?: Record<string, string>; stdin?: Buffer | string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'COLUMNS'].includes(k)) env[k] = v;
    const child = spawn(process.execPath, [SIFT, ...args], { cwd: ROOT, env: { ...env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(options.stdin ?? '');
  });
}

/** Every line fits 80 columns, except a line that is only a URL: URLs are never broken, so a terminal can open them. */
function expectWithin80(text: string) {
  for (const line of text.split('\n')) if (!/^\s*https?:\/\/\S+$/.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
}

function keyPointLines(text: string): string[] {
  const section = text.split('\nKey points\n')[1]?.split('\n\n')[0] ?? '';
  return section.split('\n').filter((l) => l.startsWith('  • '));
}

describe.concurrent('sift on files', () => {
  test(
    'seed page as text: title, site, date, author points marked, sources with domains, 80 columns, no colour',
    async () => {
      const r = await sift([SEED, '--url', SEED_URL, '--points', '3']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toContain('日米同盟強化は');
      expect(lines[1]).toMatch(/Find Go.*2025-03-30/);
      expect(r.stdout).toContain(SEED_URL);
      expect(r.stdout).toMatch(/\[author\] 中谷防衛大臣/);
      expect(keyPointLines(r.stdout).length).toBeGreaterThanOrEqual(3);
      expect(r.stdout).toMatch(/Sources \(\d+\)/);
      expect(r.stdout).toContain('newsdig.tbs.co.jp');
      expect(r.stdout).not.toMatch(ESC);
      expectWithin80(r.stdout);
    },
    TIMEOUT,
  );

  test(
    'seed page as JSON: schema sift/1, the --url, Japanese, key points that are sentences of the page',
    async () => {
      const r = await sift([SEED, '--url', SEED_URL, '--format', 'json', '--points', '5']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.schema).toBe('sift/1');
      expect(doc.points).toBe(5);
      expect(Object.keys(doc.article)).toEqual([
        'url',
        'canonicalUrl',
        'title',
        'byline',
        'siteName',
        'publishedTime',
        'lang',
        'dir',
        'excerpt',
        'readingTimeMinutes',
        'nextPageUrl',
        'pagination',
        'pages',
        'extraction',
        'authorKeyPoints',
        'outline',
        'sources',
        'blocks',
        'articleBody',
      ]);
      expect(doc.article.url).toBe(SEED_URL);
      expect(doc.article.lang).toBe('ja');
      expect(doc.keyPoints.length).toBeGreaterThan(0);
      const authorTexts = doc.article.authorKeyPoints.map((p: { text: string }) => p.text);
      for (const p of doc.keyPoints) {
        if (p.origin === 'author') expect(authorTexts).toContain(p.text);
        else expect(doc.article.blocks[p.blockIndex].text.slice(p.start, p.end)).toBe(p.text);
      }
      for (const s of doc.article.sources) expect(s.url).toMatch(/^https?:\/\//);
    },
    TIMEOUT,
  );

  test(
    'seed page as Markdown: the extension\'s "Copy as Markdown" format',
    async () => {
      const r = await sift([SEED, '--url', SEED_URL, '-f', 'markdown']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^# 日米同盟強化は/);
      expect(r.stdout).toContain(`<${SEED_URL}>`);
      expect(r.stdout).toContain('## Key points');
      expect(r.stdout).toMatch(/^- \(Author\) /m);
      expect(r.stdout).toMatch(/^## Sources\n\n- \[.+\]\(https:\/\/.+\) — /m);
    },
    TIMEOUT,
  );

  test(
    'English page (The Verge) as text, 7 points',
    async () => {
      const r = await sift([VERGE, '--points', '7', '--url', 'https://www.theverge.com/2023/6/5/vision-pro-hands-on']);
      expect(r.code).toBe(0);
      // The declared headline without " - The Verge"; the <h1> words it differently ("… is the Retina …"), so it is not taken.
      expect(r.stdout.split('\n')[0]).toBe('Apple’s Vision Pro hands-on: the Retina display moment for headsets');
      expect(r.stdout).toMatch(/ · en · /);
      expect(keyPointLines(r.stdout).length).toBe(7);
      expectWithin80(r.stdout);
    },
    TIMEOUT,
  );

  test(
    'English page as JSON without --url: the file:// address',
    async () => {
      const r = await sift([VERGE, '--format=json', '-n', '3']);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.article.url).toBe(`file://${ROOT}${VERGE}`);
      expect(doc.article.title).toContain('Vision Pro');
      expect(doc.keyPoints.filter((p: { origin: string }) => p.origin === 'sift')).toHaveLength(3);
    },
    TIMEOUT,
  );

  test(
    '- reads standard input; --url makes relative links absolute; --lang overrides',
    async () => {
      const r = await sift(['-', '--url', 'https://harbour.example/news/sea-wall', '--format', 'json', '--lang', 'en-GB'], {
        stdin: readFileSync(`${ROOT}${RELATIVE}`),
      });
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.article.title).toBe('Harbour council approves new sea wall after two-year review');
      expect(doc.article.lang).toBe('en');
      const urls = doc.article.sources.map((s: { url: string }) => s.url);
      expect(urls).toContain('https://harbour.example/reports/sea-wall-2025.pdf');
      expect(urls).toContain('https://climate.example.org/studies/harbour-floods');
    },
    TIMEOUT,
  );

  test(
    'escape sequences in page text never reach the terminal, even with colour forced',
    async () => {
      // The fixture's link text carries an SGR (red) and an OSC (window title) sequence.
      const [plain, md, json] = await Promise.all([
        sift([RELATIVE], { env: { FORCE_COLOR: '1' } }),
        sift([RELATIVE, '-f', 'md']),
        sift([RELATIVE, '-f', 'json']),
      ]);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(/a study by the regional climate office — climate\.example\.org/);
      expect(plain.stdout.match(/\u001b\[[0-9;]*[A-Za-z]|\u001b[^[]|\u0007/g)?.filter((s) => !/^\u001b\[(1|2|22|33|36|39)m$/.test(s)) ?? []).toEqual([]);
      expect(plain.stdout).toMatch(/\u001b\[1mHarbour/); // colour was on: Sift's own codes are there
      expect(md.stdout).toContain('regional climate office');
      expect(md.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/); // JSON.stringify escapes them as \u001b
      expect(JSON.parse(json.stdout).article.sources.some((s: { text: string }) => s.text.includes('\u001b[31m'))).toBe(true);
    },
    TIMEOUT,
  );

  test(
    'colour: FORCE_COLOR turns it on for a pipe, NO_COLOR always wins',
    async () => {
      const [forced, both] = await Promise.all([
        sift([RELATIVE], { env: { FORCE_COLOR: '1' } }),
        sift([RELATIVE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
      ]);
      expect(forced.stdout).toMatch(/\u001b\[1mHarbour council/);
      expect(both.code).toBe(0);
      expect(both.stdout).toContain('Harbour council');
      expect(both.stdout).not.toMatch(ESC);
    },
    TIMEOUT,
  );

  test(
    'a page that is not an article: what was found, a note on stderr, exit 0',
    async () => {
      const r = await sift(['tests/fixtures/pages/not-article.html']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^sift: note: .*(no article text|does not look like an article)/);
      expect(r.stdout).toContain('Key points');
    },
    TIMEOUT,
  );
});

describe.concurrent('usage and file errors', () => {
  test(
    '--help and --version print and exit 0',
    async () => {
      const [help, version] = await Promise.all([sift(['--help']), sift(['-v'])]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: sift /);
      expect(version.code).toBe(0);
      expect(version.stdout).toBe(`sift ${JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version}\n`);
    },
    TIMEOUT,
  );

  test.each([
    [[], /missing/],
    [[SEED, '--points', '4'], /--points must be 3, 5 or 7/],
    [[SEED, '--format', 'html'], /--format must be/],
    [[SEED, '--bogus'], /unknown option '--bogus'/],
    [[SEED, '--url', 'relative/path'], /--url must be an absolute address/],
    [['ftp://example.com/a'], /only http\(s\) addresses/],
  ])(
    'usage error %j: exit 2, one message on stderr',
    async (args, message) => {
      const r = await sift(args as string[]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')[0]).toMatch(message);
    },
    TIMEOUT,
  );

  test(
    'missing file and a directory: exit 3; a file that is not HTML: exit 6',
    async () => {
      const [missing, dir, notHtml] = await Promise.all([
        sift(['tests/fixtures/cli/no-such-page.html']),
        sift(['tests/fixtures']),
        sift(['package-lock.json']),
      ]);
      expect([missing.code, missing.stderr]).toEqual([3, 'sift: cannot read tests/fixtures/cli/no-such-page.html: no such file\n']);
      expect([dir.code, dir.stderr]).toEqual([3, 'sift: cannot read tests/fixtures: is a directory\n']);
      expect([notHtml.code, notHtml.stderr]).toEqual([6, 'sift: not an HTML file: package-lock.json\n']);
    },
    TIMEOUT,
  );
});

describe.concurrent('sift on a URL (local server)', () => {
  let server: Server;
  let base = '';
  let closedPort = 0;
  const page = readFileSync(`${ROOT}${RELATIVE}`);

  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case '/news/sea-wall':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
          return;
        case '/moved':
          res.writeHead(301, { location: '/news/sea-wall' }).end();
          return;
        case '/data.json':
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}');
          return;
        case '/slow':
          res.writeHead(200, { 'content-type': 'text/html' });
          res.write('<!doctype html><title>slow</title>'); // then nothing: a stalled body
          return;
        case '/big':
          res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2 * 1024 * 1024) });
          res.end(Buffer.alloc(2 * 1024 * 1024, 'a'));
          return;
        case '/big-chunked': {
          res.writeHead(200, { 'content-type': 'text/html' }); // no length: the limit must hold while streaming
          const chunk = Buffer.alloc(64 * 1024, 'b');
          let sent = 0;
          const more = () => {
            while (sent < 40 && res.write(chunk)) sent++;
            if (sent < 40) res.once('drain', more);
            else res.end();
          };
          res.on('error', () => {});
          more();
          return;
        }
        default: {
          // The three-page article of tests/fixtures/multipage, at /multipage/…
          const file = /^\/multipage\/(?:ja|en)\/[\w-]+\.html$/.test(req.url ?? '') ? `${ROOT}tests/fixtures${req.url}` : '';
          if (file) {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
            return;
          }
          res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        }
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test(
    "--pages all reads the further pages of the same site; JSON gives the pages and each block's page",
    async () => {
      const one = await sift([`${base}/multipage/ja/article.html`, '--format', 'json']);
      expect(one.code).toBe(0);
      const single = JSON.parse(one.stdout).article;
      expect(single.pagination).toEqual({ current: 1, total: 3, nextUrl: `${base}/multipage/ja/article_2.html`, singlePageUrl: null });
      expect(single.pages).toHaveLength(1);
      const all = await sift([`${base}/multipage/ja/article.html`, '--format', 'json', '--pages', 'all']);
      expect(all.code).toBe(0);
      expect(all.stderr).toBe('');
      const doc = JSON.parse(all.stdout);
      expect(doc.article.pages.map((p: { url: string }) => p.url)).toEqual([
        `${base}/multipage/ja/article.html`,
        `${base}/multipage/ja/article_2.html`,
        `${base}/multipage/ja/article_3.html`,
      ]);
      expect(new Set(doc.article.blocks.map((b: { page: number }) => b.page))).toEqual(new Set([1, 2, 3]));
      expect(doc.keyPoints.every((k: { page: number }) => k.page >= 1 && k.page <= 3)).toBe(true);
      const two = await sift([`${base}/multipage/en/story.html`, '--pages', '2']);
      expect(two.code).toBe(0);
      expect(two.stdout).toContain('2 pages');
      expect(two.stderr).toMatch(/^sift: note: page 3 \(.*story-3\.html\) and those after it were not read \(--pages 2\); showing 2 pages\n$/);
    },
    TIMEOUT,
  );

  test(
    '200 HTML after a redirect: the final URL resolves relative links',
    async () => {
      const r = await sift([`${base}/moved`, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.article.url).toBe(`${base}/news/sea-wall`);
      expect(doc.article.title).toBe('Harbour council approves new sea wall after two-year review');
      expect(doc.article.sources.map((s: { url: string }) => s.url)).toContain(`${base}/reports/sea-wall-2025.pdf`);
    },
    TIMEOUT,
  );

  test(
    '404: exit 5 with the status',
    async () => {
      const r = await sift([`${base}/missing`]);
      expect(r.code).toBe(5);
      expect(r.stderr).toBe(`sift: HTTP 404 Not Found: ${base}/missing\n`);
      expect(r.stdout).toBe('');
    },
    TIMEOUT,
  );

  test(
    'not HTML: exit 6 with the content type',
    async () => {
      const r = await sift([`${base}/data.json`]);
      expect(r.code).toBe(6);
      expect(r.stderr).toBe(`sift: not an HTML page (Content-Type: application/json): ${base}/data.json\n`);
    },
    TIMEOUT,
  );

  test(
    'a stalled server: exit 7 after --timeout',
    async () => {
      const started = Date.now();
      const r = await sift([`${base}/slow`, '--timeout', '0.5']);
      expect(r.code).toBe(7);
      expect(r.stderr).toBe(`sift: timed out after 0.5 s: ${base}/slow\n`);
      expect(Date.now() - started).toBeLessThan(TIMEOUT);
    },
    TIMEOUT,
  );

  test(
    'too large, by Content-Length and while streaming: exit 8',
    async () => {
      const [declared, streamed] = await Promise.all([sift([`${base}/big`, '--max-size', '1M']), sift([`${base}/big-chunked`, '--max-size', '1M'])]);
      expect(declared.code).toBe(8);
      expect(declared.stderr).toBe(`sift: page too large (2.0 MB, limit 1.0 MB): ${base}/big\n`);
      expect(streamed.code).toBe(8);
      expect(streamed.stderr).toBe(`sift: page too large (more than 1.0 MB): ${base}/big-chunked\n`);
    },
    TIMEOUT,
  );

  test(
    'nothing listening: exit 4',
    async () => {
      const r = await sift([`http://127.0.0.1:${closedPort}/`]);
      expect(r.code).toBe(4);
      expect(r.stderr).toBe(`sift: cannot reach http://127.0.0.1:${closedPort}/: connection refused\n`);
    },
    TIMEOUT,
  );
});
