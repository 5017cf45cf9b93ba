/**
 * `sift` command-line arguments → options. Pure: no I/O, no process access.
 */
import { POINT_CHOICES } from '../utils/engine/model';
import { MAX_PAGES } from '../utils/engine/article/readPages';

export type OutputFormat = 'text' | 'markdown' | 'json';
const FORMATS: OutputFormat[] = ['text', 'markdown', 'json'];

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface CliOptions {
  /** A http(s) URL, a file path, or `-` for standard input. */
  input: string;
  points: number;
  format: OutputFormat;
  /** The page's address when the input is a file or stdin, so relative links resolve. */
  url?: string;
  /** Language override (BCP 47 primary subtag, lower case). */
  lang?: string;
  timeoutMs: number;
  maxBytes: number;
  /** `false` with `--no-color`; otherwise decided from the terminal and the environment. */
  color?: boolean;
  /** Pages of a multi-page article to read, the first included (`--pages N|all`; 1: this page only). */
  pages: number;
}

/** `--pages all`: as many as the extension's "Read all pages" reads. */
export const ALL_PAGES = MAX_PAGES;

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `Usage: sift [options] <url | file.html | ->

Shows a news article's key points and sources: the same engine as the Sift
browser extension, running locally. Nothing is sent anywhere except the
request for <url> (and, with --pages, for its further pages on the same site).

Arguments:
  <url>            an http:// or https:// address to fetch
  <file.html>      a saved page (give --url so its relative links resolve)
  -                read the page from standard input

Options:
  -n, --points <n>     key points to show: 3, 5 or 7 (default 5)
  -f, --format <fmt>   text, markdown or json (default text)
  -u, --url <address>  the page's address, for a file or stdin
  -l, --lang <code>    the page's language (e.g. ja, en), instead of detecting it
  -p, --pages <n|all>  pages of a multi-page article to read, from the site of
                       <url>, the first included (default 1; all: up to ${ALL_PAGES})
  -t, --timeout <s>    seconds to wait for a URL (default 15)
      --max-size <n>   largest page to fetch, in bytes; k/M suffixes allowed (default 10M)
      --no-color       no colour, even on a terminal (NO_COLOR=1 does the same)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 ok, 1 internal error, 2 usage, 3 unreadable file, 4 unreachable URL,
5 HTTP error, 6 not HTML, 7 timeout, 8 page too large. See docs/cli.md.
`;

const SHORT: Record<string, string> = { n: 'points', f: 'format', u: 'url', l: 'lang', p: 'pages', t: 'timeout', h: 'help', v: 'version' };
const TAKES_VALUE = new Set(['points', 'format', 'url', 'lang', 'pages', 'timeout', 'max-size']);
const FLAGS = new Set(['help', 'version', 'no-color', 'color']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else if (/^-[a-zA-Z]/.test(arg)) {
      name = SHORT[arg[1]];
      if (!name) return { kind: 'error', message: `unknown option '${arg}'` };
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
    } else {
      positionals.push(arg); // includes '-' (stdin)
      continue;
    }
    if (TAKES_VALUE.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { kind: 'error', message: `option '--${name}' needs a value` };
      values[name] = value;
    } else if (FLAGS.has(name)) {
      if (inline !== undefined) return { kind: 'error', message: `option '--${name}' takes no value` };
      flags.add(name);
    } else {
      return { kind: 'error', message: `unknown option '${arg}'` };
    }
  }

  if (flags.has('help')) return { kind: 'help' };
  if (flags.has('version')) return { kind: 'version' };
  if (positionals.length === 0) return { kind: 'error', message: 'missing <url | file.html | ->' };
  if (positionals.length > 1) return { kind: 'error', message: `one page at a time (got ${positionals.length}: ${positionals.join(' ')})` };

  const options: CliOptions = {
    input: positionals[0],
    points: 5,
    format: 'text',
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxBytes: DEFAULT_MAX_BYTES,
    pages: 1,
  };
  if (flags.has('no-color')) options.color = false;
  else if (flags.has('color')) options.color = true;

  if (values.points !== undefined) {
    const n = Number(values.points);
    if (!(POINT_CHOICES as readonly number[]).includes(n))
      return { kind: 'error', message: `--points must be ${POINT_CHOICES.slice(0, -1).join(', ')} or ${POINT_CHOICES.at(-1)} (got '${values.points}')` };
    options.points = n;
  }
  if (values.format !== undefined) {
    const f = values.format.toLowerCase() === 'md' ? 'markdown' : values.format.toLowerCase();
    if (!FORMATS.includes(f as OutputFormat)) return { kind: 'error', message: `--format must be text, markdown or json (got '${values.format}')` };
    options.format = f as OutputFormat;
  }
  if (values.url !== undefined) {
    const u = absoluteUrl(values.url);
    if (!u) return { kind: 'error', message: `--url must be an absolute address such as https://example.com/a (got '${values.url}')` };
    options.url = u;
  }
  if (values.lang !== undefined) {
    const lang = primaryLanguage(values.lang);
    if (!lang) return { kind: 'error', message: `--lang must be a language code such as ja or en (got '${values.lang}')` };
    options.lang = lang;
  }
  if (values.pages !== undefined) {
    const n = values.pages.toLowerCase() === 'all' ? ALL_PAGES : Number(values.pages);
    if (!Number.isInteger(n) || n < 1 || n > ALL_PAGES)
      return { kind: 'error', message: `--pages must be a number from 1 to ${ALL_PAGES}, or all (got '${values.pages}')` };
    options.pages = n;
  }
  if (values.timeout !== undefined) {
    const s = Number(values.timeout);
    if (!Number.isFinite(s) || s <= 0) return { kind: 'error', message: `--timeout must be a positive number of seconds (got '${values.timeout}')` };
    options.timeoutMs = Math.round(s * 1000);
  }
  if (values['max-size'] !== undefined) {
    const n = parseSize(values['max-size']);
    if (n === undefined) return { kind: 'error', message: `--max-size must be a size such as 500k or 10M (got '${values['max-size']}')` };
    options.maxBytes = n;
  }
  return { kind: 'run', options };
}

/** `12345`, `500k`, `10M`, `1.5MB` → bytes (k = 1024). */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*$/.exec(text);
  if (!m) return undefined;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * scale);
  return n > 0 ? n : undefined;
}

/** `ja-JP` → `ja`; undefined when it is not a well-formed language tag. */
export function primaryLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical?.split('-')[0].toLowerCase();
  } catch {
    return undefined;
  }
}

function absoluteUrl(text: string): string | undefined {
  try {
    const u = new URL(text);
    return /^(https?|file):$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}
