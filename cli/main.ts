/**
 * The command line (cli/): imports the engine (utils/engine/), never the extension runtime.
 *
 * `sift <url|file.html|->`: the extension's engine in a terminal. scripts/sift.mjs loads
 * this module with tsx and calls `main`; everything it touches of the process comes in `io`,
 * so the whole command can run in a test.
 */
import { readFileSync } from 'node:fs';
import type { Attribution } from '../utils/engine/attribution';
import type { Article, KeyPoint } from '../utils/engine/model';
import { parseArgs, USAGE, type CliOptions } from './args';
import { CLI_DOM, loadDom } from './dom';
import { CliError, EXIT } from './errors';
import { formatJson, formatText, sanitize } from './format';
import { fetchPage, isHttpUrl, readPage, type Page } from './input';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdin?: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd?: string;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(USAGE);
    return EXIT.OK;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`sift ${version()}\n`);
    return EXIT.OK;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`sift: ${parsed.message}\nTry 'sift --help'.\n`);
    return EXIT.USAGE;
  }
  const options = parsed.options;
  try {
    // The input first: a usage or network error should not wait for the engine to load.
    const page = await getPage(options, io);
    const [parse, { extractArticle }, { keyPointsFor }, { attribute }] = await Promise.all([
      loadDom(CLI_DOM),
      import('../utils/engine/article/extractArticle'),
      import('../utils/engine/summary/keyPointsFor'),
      import('../utils/engine/attribution'),
    ]);
    const url = options.url ?? page.url;
    const dom = parse(page.html, url);
    let article: Article;
    try {
      if (options.lang) dom.document.documentElement?.setAttribute('lang', options.lang);
      article = extractArticle(dom.document, url);
    } finally {
      await dom.close();
    }
    if (options.pages > 1 && isHttpUrl(url) && article.pagination) article = await readFurtherPages(article, parse, extractArticle, options, io);
    if (options.lang) article = { ...article, lang: options.lang };
    const keyPoints = keyPointsFor(article, { points: options.points });
    const attribution = attribute(article);

    if (!article.extraction.isArticle || article.blocks.length === 0) {
      io.stderr.write(
        article.blocks.length === 0
          ? `sift: note: no article text found in ${describe(options.input)}; showing what there is\n`
          : `sift: note: ${describe(options.input)} does not look like an article; key points may be weak\n`,
      );
    }
    io.stdout.write(await render(article, keyPoints, attribution, options, io));
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`sift: ${oneLine(e.message)}\n`);
      return e.exitCode;
    }
    io.stderr.write(`sift: internal error: ${oneLine(String((e as Error)?.stack ?? e))}\n`);
    if (io.env.SIFT_DEBUG) io.stderr.write(`${String((e as Error)?.stack ?? e)}\n`);
    return EXIT.INTERNAL;
  }
}

/**
 * `--pages`: the article's further pages, from its own site, read as the extension's "Read all pages"
 * reads them (utils/engine/article/readPages.ts); what could not be read is said on stderr.
 */
async function readFurtherPages(
  first: Article,
  parse: Awaited<ReturnType<typeof loadDom>>,
  extract: (doc: Document, url: string) => Article,
  options: CliOptions,
  io: CliIo,
): Promise<Article> {
  const { readAllPages, PAGE_TIMEOUT_MS } = await import('../utils/engine/article/readPages');
  const opened: { close(): void | Promise<void> }[] = [];
  try {
    const result = await readAllPages(first, {
      fetchPage: (url) => fetchPage(url, { timeoutMs: Math.min(options.timeoutMs, PAGE_TIMEOUT_MS), maxBytes: options.maxBytes }),
      parse: (html, url) => {
        const dom = parse(html, url);
        opened.push(dom);
        return dom.document;
      },
      extract,
      maxPages: options.pages,
    });
    const s = result.stopped;
    if (s) {
      const why: Record<typeof s.reason, string> = {
        failed: `could not be read (${s.detail ?? 'error'})`,
        limit: `and those after it were not read (--pages ${options.pages})`,
        loop: 'leads back to a page already read',
        repeat: 'repeats a page already read',
        'other-article': 'is not part of this article',
        'other-site': 'is on another site',
      };
      io.stderr.write(`sift: note: page ${s.page} (${s.url}) ${why[s.reason]}; showing ${result.pagesRead} page${result.pagesRead === 1 ? '' : 's'}\n`);
    }
    return result.article;
  } finally {
    for (const dom of opened) await dom.close();
  }
}

function getPage(options: CliOptions, io: CliIo): Promise<Page> {
  if (isHttpUrl(options.input)) return fetchPage(options.input, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(options.input) && !options.input.startsWith('file://')) {
    return Promise.reject(new CliError(`only http(s) addresses and files can be read (got '${options.input}')`, EXIT.USAGE));
  }
  return readPage(options.input, { maxBytes: options.maxBytes, stdin: io.stdin, cwd: io.cwd });
}

async function render(article: Article, keyPoints: KeyPoint[], attribution: Attribution, options: CliOptions, io: CliIo): Promise<string> {
  switch (options.format) {
    case 'json':
      // JSON.stringify escapes control characters itself, so the page's text is kept verbatim.
      return formatJson(article, keyPoints, { version: version(), points: options.points }, attribution);
    case 'markdown':
      return (await import('../utils/engine/exportArticle')).toMarkdown(sanitize(article), sanitize(keyPoints), {}, sanitize(attribution.quotes));
    case 'text':
      return formatText(article, keyPoints, { color: useColor(options, io), width: terminalWidth(io) }, attribution);
  }
}

/**
 * Colour only for a person at a terminal: never with NO_COLOR (https://no-color.org) or
 * --no-color; FORCE_COLOR (not 0/false) turns it on for pipes, e.g. `sift … | less -R`.
 */
function useColor(options: Pick<CliOptions, 'color'>, io: Pick<CliIo, 'env' | 'stdout'>): boolean {
  if (io.env.NO_COLOR) return false;
  if (options.color !== undefined) return options.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

/** The terminal's width, capped at 100 (long lines are hard to read); 80 when not a terminal. */
function terminalWidth(io: Pick<CliIo, 'stdout' | 'env'>): number {
  const fromEnv = Number(io.env.COLUMNS);
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.min(100, Math.max(20, columns));
}

let cachedVersion: string | undefined;
export function version(): string {
  if (!cachedVersion) {
    try {
      cachedVersion = String(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    } catch {
      cachedVersion = 'unknown';
    }
  }
  return cachedVersion;
}

function describe(input: string): string {
  return input === '-' ? 'standard input' : input;
}

function oneLine(text: string): string {
  return text.split('\n')[0].slice(0, 500);
}
