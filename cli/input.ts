/**
 * Getting the page: a URL (fetched with a timeout and a size limit), a file, or stdin.
 * Bytes are decoded as a browser would: BOM, then the HTTP charset, then <meta charset>,
 * then UTF-8 — Japanese sites still serve Shift_JIS and EUC-JP.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError, EXIT } from './errors';

export interface Page {
  html: string;
  /** The document's address: --url, else the final fetched URL, else the file's file:// URL. */
  url: string;
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

const USER_AGENT = 'sift-cli (+https://github.com/; reads one page, no crawling)';

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Fetches an HTML page; every failure is a CliError with its own exit code. */
export async function fetchPage(url: string, options: FetchOptions): Promise<Page> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const seconds = `${Math.round(options.timeoutMs / 100) / 10} s`;
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': USER_AGENT },
      });
    } catch (e) {
      if (timedOut) throw new CliError(`timed out after ${seconds}: ${url}`, EXIT.TIMEOUT);
      throw new CliError(`cannot reach ${url}: ${networkReason(e)}`, EXIT.UNREACHABLE);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new CliError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: ${url}`, EXIT.HTTP);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !isHtmlType(contentType)) {
      void response.body?.cancel().catch(() => {});
      throw new CliError(`not an HTML page (Content-Type: ${contentType.split(';')[0].trim()}): ${url}`, EXIT.NOT_HTML);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw new CliError(`page too large (${formatBytes(declared)}, limit ${formatBytes(options.maxBytes)}): ${url}`, EXIT.TOO_LARGE);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, options.maxBytes);
    } catch (e) {
      if (e instanceof CliError) throw new CliError(`${e.message}: ${url}`, e.exitCode);
      if (timedOut) throw new CliError(`timed out after ${seconds}: ${url}`, EXIT.TIMEOUT);
      throw new CliError(`cannot reach ${url}: ${networkReason(e)}`, EXIT.UNREACHABLE);
    }
    if (!contentType && !looksLikeHtml(bytes)) throw new CliError(`not an HTML page (no Content-Type, does not start like HTML): ${url}`, EXIT.NOT_HTML);
    return { html: decodeHtml(bytes, charsetOf(contentType)), url: response.url || url };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a file (or stdin for `-`) with the same size limit as a fetch. */
export async function readPage(input: string, options: { maxBytes: number; stdin?: NodeJS.ReadableStream; cwd?: string }): Promise<Page> {
  if (input === '-') {
    const bytes = await readStream(options.stdin ?? process.stdin, options.maxBytes);
    if (!looksLikeHtml(bytes) && bytes.length > 0) throw new CliError('standard input is not HTML', EXIT.NOT_HTML);
    return { html: decodeHtml(bytes), url: 'about:blank' };
  }
  const path = input.startsWith('file://') ? new URL(input).pathname : resolve(options.cwd ?? process.cwd(), input);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`cannot read ${input}: is a directory`, EXIT.FILE);
    if (info.size > options.maxBytes)
      throw new CliError(`file too large (${formatBytes(info.size)}, limit ${formatBytes(options.maxBytes)}): ${input}`, EXIT.TOO_LARGE);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${input}: ${reason}`, EXIT.FILE);
  }
  if (!looksLikeHtml(bytes)) throw new CliError(`not an HTML file: ${input}`, EXIT.NOT_HTML);
  return { html: decodeHtml(bytes), url: pathToFileURL(path).href };
}

function isHtmlType(contentType: string): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(contentType);
}

/** A loose check used only when no Content-Type says so: markup, not a binary or JSON. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart();
  if (!head) return true; // empty: an empty page, reported as "no article" later
  if (head.includes('\u0000')) return false;
  return head.startsWith('<');
}

/** BOM, then the transport's charset, then <meta charset> in the first 1024 bytes, then UTF-8. */
function decodeHtml(bytes: Uint8Array, transportCharset?: string): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : bytes[0] === 0xff && bytes[1] === 0xfe
          ? 'utf-16le'
          : undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [bom, transportCharset, meta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // unknown label: try the next
    }
  }
  return new TextDecoder().decode(bytes);
}

function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} bytes`;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new CliError(`page too large (more than ${formatBytes(maxBytes)})`, EXIT.TOO_LARGE);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      total += buf.byteLength;
      if (total > maxBytes) throw new CliError(`standard input too large (more than ${formatBytes(maxBytes)})`, EXIT.TOO_LARGE);
      chunks.push(buf);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read standard input: ${(e as Error).message}`, EXIT.FILE);
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Node's fetch says "fetch failed" and puts the reason in `cause`. */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found (DNS unavailable)',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'connection closed',
  };
  if (code && known[code]) return known[code];
  return cause?.message || (e as Error)?.message || String(e);
}
