import type { Article, KeyPoint } from '../engine/model';
import { articleBodyOf } from '../engine/article/blocks';
import type { Attribution } from '../engine/attribution';

/**
 * The protocol between Sift's contexts, in one place: what the content script answers (an
 * ExtractResult, as wire text), what loading a tab ends in (LoadOutcome, also as it crosses
 * runtime messaging), the page's highlight requests and the popup's read-ahead request. Every
 * message has a `type` starting with `sift:`; receivers validate the shape with the decoders and
 * guards below and ignore anything else. Imports only the engine's model.
 */

/** What the content script's `main()` produces; it crosses to Sift's pages as a string (below). */
export type ExtractResult = { ok: true; article: Article } | { ok: false; error: string; detail?: string };

/** Characters of a technical detail kept: a bug report's worth. */
const MAX_DETAIL_CHARS = 1200;
/** Stack frames kept in a detail. */
const MAX_STACK_FRAMES = 6;

/**
 * An exception as the reader sees it: `message`, one line for the error state, and `detail`,
 * what a bug report needs (where it happened, the error's name and message, the top of its stack)
 * for the reader to copy. A bug in Sift reaches the error state with this, never an empty "not an
 * article" result that would look like a page Sift cannot read.
 * @param where the step that failed ("extract", "summarize", "render")
 */
export function describeError(e: unknown, where: string): { message: string; detail: string } {
  const name = e instanceof Error ? e.name : typeof e;
  const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim() || name;
  const frames =
    e instanceof Error && e.stack
      ? e.stack
          .split('\n')
          .filter((l) => /^\s+at |@/.test(l))
          .slice(0, MAX_STACK_FRAMES)
          .map((l) => l.trim())
      : [];
  return { message, detail: [`${where}: ${name}: ${message}`, ...frames].join('\n').slice(0, MAX_DETAIL_CHARS) };
}

/** A detail received from another context: a string, cut to MAX_DETAIL_CHARS; undefined otherwise. */
function detailOf(value: unknown): { detail: string } | Record<string, never> {
  return typeof value === 'string' && value ? { detail: value.slice(0, MAX_DETAIL_CHARS) } : {};
}

/**
 * The wire form of an Article: JSON text, without `articleBody` (the blocks joined, rebuilt on
 * arrival). The browser copies an object result of `executeScript` value by value, which for
 * thousands of blocks is several times slower than copying the same data as one string; the body
 * would double the text for nothing. The `storage.session` cache keeps the same string.
 */
export function encodeArticle(article: Article): string {
  const { articleBody: _derived, ...rest } = article;
  return JSON.stringify(rest);
}

/** The Article of `encodeArticle`'s text, or null when the text is not one (a stale or foreign value). */
export function decodeArticle(json: unknown): Article | null {
  if (typeof json !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return isArticleShape(value) ? { ...value, articleBody: articleBodyOf(value.blocks) } : null;
}

function isArticleShape(value: unknown): value is Omit<Article, 'articleBody'> {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.url === 'string' &&
    typeof a.title === 'string' &&
    typeof a.lang === 'string' &&
    Array.isArray(a.blocks) &&
    a.blocks.every((b) => !!b && typeof b === 'object' && typeof (b as { text?: unknown }).text === 'string') &&
    Array.isArray(a.outline) &&
    Array.isArray(a.authorKeyPoints) &&
    Array.isArray(a.sources) &&
    !!a.extraction &&
    typeof a.extraction === 'object'
  );
}

/** The content script's answer as it is sent: `{ok: true, article: <encodeArticle text>}` or the error. */
export type WireExtractResult = { ok: true; article: string } | { ok: false; error: string; detail?: string };

export function encodeExtractResult(result: ExtractResult): WireExtractResult {
  return result.ok ? { ok: true, article: encodeArticle(result.article) } : result;
}

/** A received result: the Article, and its wire text too (what the cache stores, without encoding it again). */
export type ReceivedExtractResult = { ok: true; article: Article; encoded: string } | { ok: false; error: string; detail?: string };

/** The result of an injection, validated; undefined when there is none (the script did not run). */
export function decodeExtractResult(value: unknown): ReceivedExtractResult | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  if (r.ok === false) return { ok: false, error: typeof r.error === 'string' ? r.error : 'unknown error', ...detailOf(r.detail) };
  if (r.ok !== true) return undefined;
  const article = decodeArticle(r.article);
  if (!article) return { ok: false, error: 'the page answered with something that is not an article' };
  return { ok: true, article, encoded: r.article as string };
}

/** Why and where "Read all pages" ended before the article did (utils/engine/article/readPages.ts). */
export type PagesStopped = NonNullable<ReadPagesResult['stopped']>;
type PagesStopReason = PagesStopped['reason'];

/** What the page reader's script (entrypoints/page-reader.ts) answers, as it is sent. */
export type WireReadPagesResult = { ok: true; article: string; pages: PagesReport } | { ok: false; error: string; detail?: string };

export type ReceivedReadPagesResult = { ok: true; article: Article; encoded: string; pages: PagesReport } | { ok: false; error: string; detail?: string };

const STOP_REASONS = new Set<string>(['limit', 'loop', 'repeat', 'other-article', 'other-site', 'failed'] satisfies PagesStopReason[]);

/** The page reader's answer, validated as the content script's is, with how reading went; undefined when there is none. */
export function decodeReadPagesResult(value: unknown): ReceivedReadPagesResult | undefined {
  const read = decodeExtractResult(value);
  if (!read?.ok) return read;
  return { ...read, pages: decodePagesReport((value as Record<string, unknown>).pages) ?? { read: 1, singlePage: false } };
}

/** Popup or side panel → background: read all pages of the tab's article. Answer: a WireLoadOutcome (its `pages` says how it went). */
export interface PagesRequest {
  type: 'sift:read-pages';
  tabId: number;
}
/** Popup or side panel → background: load another page of the article in the tab and show `target` there. Answer: a HighlightResult. */
export interface ShowOnPageRequest {
  type: 'sift:show-on-page';
  tabId: number;
  pageUrl: string;
  target: HighlightTarget;
}

export function isPagesRequest(value: unknown): value is PagesRequest {
  const m = value as Record<string, unknown> | null;
  return !!m && typeof m === 'object' && m.type === 'sift:read-pages' && typeof m.tabId === 'number';
}

export function isShowOnPageRequest(value: unknown): value is ShowOnPageRequest {
  const m = value as Record<string, unknown> | null;
  return (
    !!m &&
    typeof m === 'object' &&
    m.type === 'sift:show-on-page' &&
    typeof m.tabId === 'number' &&
    typeof m.pageUrl === 'string' &&
    isPageMessage({ type: 'sift:highlight', target: m.target })
  );
}

import type { HighlightTarget } from '../engine/page/highlighter';
import type { ReadPagesResult } from '../engine/article/readPages';

export type PageMessage = { type: 'sift:highlight'; target: HighlightTarget } | { type: 'sift:clear-highlight' };

/**
 * The popup, opened by a toolbar click, asks the background for the read of the tab that the click
 * started (Chrome; see utils/extension/toolbar.ts). The answer is a `WireLoadOutcome` or null.
 */
export interface ReadAheadRequest {
  type: 'sift:take-read-ahead';
  tabId: number;
}

export function isReadAheadRequest(value: unknown): value is ReadAheadRequest {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return m.type === 'sift:take-read-ahead' && Number.isInteger(m.tabId) && (m.tabId as number) >= 0;
}

const MAX_TARGET_TEXT = 2000;

/** True when `value` is a well-formed message for the content script. */
export function isPageMessage(value: unknown): value is PageMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'sift:clear-highlight') return true;
  if (m.type !== 'sift:highlight') return false;
  const t = m.target as Record<string, unknown> | undefined;
  return (
    !!t &&
    typeof t === 'object' &&
    typeof t.text === 'string' &&
    t.text.length <= MAX_TARGET_TEXT &&
    (t.url === undefined || (typeof t.url === 'string' && t.url.length <= MAX_TARGET_TEXT))
  );
}

/**
 * Popup or side panel → background: the key points of an article (the summarizer runs in the
 * background, so that the popup carries none of its code). Answer: a SummaryAnswer.
 */
export interface SummarizeRequest {
  type: 'sift:summarize';
  /** The article as `encodeArticle` text. */
  article: string;
  points: number;
}

export type SummaryAnswer = { ok: true; keyPoints: KeyPoint[] } | { ok: false; error: string; detail?: string };

export function isSummarizeRequest(value: unknown): value is SummarizeRequest {
  const m = value as Record<string, unknown> | null;
  return !!m && typeof m === 'object' && m.type === 'sift:summarize' && typeof m.article === 'string' && Number.isInteger(m.points);
}

/** The background's key points for `article`, checked against it; null when the answer is not one. */
export function decodeSummaryAnswer(value: unknown, article: Article): SummaryAnswer | null {
  const a = value as Record<string, unknown> | null;
  if (!a || typeof a !== 'object') return null;
  if (a.ok === false) return { ok: false, error: typeof a.error === 'string' ? a.error : 'unknown error', ...detailOf(a.detail) };
  return a.ok === true && Array.isArray(a.keyPoints) && a.keyPoints.every((k) => isKeyPointOf(k, article))
    ? { ok: true, keyPoints: a.keyPoints as KeyPoint[] }
    : null;
}

/**
 * Popup or side panel → background: where each source is cited and who said what
 * (utils/engine/attribution.ts), asked for once the key points are shown. Answer: an AttributionAnswer.
 */
export interface AttributeRequest {
  type: 'sift:attribute';
  /** The article as `encodeArticle` text. */
  article: string;
}

export type AttributionAnswer = ({ ok: true } & Attribution) | { ok: false; error: string; detail?: string };

export function isAttributeRequest(value: unknown): value is AttributeRequest {
  const m = value as Record<string, unknown> | null;
  return !!m && typeof m === 'object' && m.type === 'sift:attribute' && typeof m.article === 'string';
}

/** The background's attribution for `article`, checked against it (every place inside its blocks); null when the answer is not one. */
export function decodeAttributionAnswer(value: unknown, article: Article): AttributionAnswer | null {
  const a = value as Record<string, unknown> | null;
  if (!a || typeof a !== 'object') return null;
  if (a.ok === false) return { ok: false, error: typeof a.error === 'string' ? a.error : 'unknown error', ...detailOf(a.detail) };
  const inBlocks = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < article.blocks.length;
  const place = (x: Record<string, unknown>) => inBlocks(x.blockIndex) && Number.isInteger(x.start) && Number.isInteger(x.end) && typeof x.text === 'string';
  const citingOk =
    Array.isArray(a.citing) &&
    a.citing.length === article.sources.length &&
    a.citing.every(
      (list) =>
        Array.isArray(list) && list.every((c) => !!c && typeof c === 'object' && place(c) && inBlocks(c.textBlockIndex) && Number.isInteger(c.sentenceIndex)),
    );
  const quotesOk =
    Array.isArray(a.quotes) &&
    a.quotes.every(
      (q) => !!q && typeof q === 'object' && place(q) && typeof q.anonymous === 'boolean' && (q.speaker === undefined || typeof q.speaker === 'string'),
    );
  return a.ok === true && citingOk && quotesOk ? { ok: true, citing: a.citing as Attribution['citing'], quotes: a.quotes as Attribution['quotes'] } : null;
}

/** Key points already picked for an article, with the number of points asked for. */
export interface Summary {
  points: number;
  keyPoints: KeyPoint[];
}

/**
 * What loading a tab's article ended in. The UI has one state for each. `summary`: the key points
 * the background picked while Chrome built the popup (utils/extension/readAhead.ts); the UI uses them when
 * it wants that many points, and summarizes itself otherwise.
 */
/** How "Read all pages" went: pages read (1 for a single-page view), and where it stopped short, if it did. */
export interface PagesReport {
  read: number;
  singlePage: boolean;
  stopped?: PagesStopped;
}

export type LoadOutcome =
  | { kind: 'article'; article: Article; fromCache: boolean; summary?: Summary; pages?: PagesReport }
  | { kind: 'restricted'; url?: string }
  | { kind: 'no-access' }
  | { kind: 'gone' }
  | { kind: 'timeout' }
  | { kind: 'error'; message: string; detail?: string };

/** A LoadOutcome as it crosses runtime messaging: the article as `encodeArticle` text. */
export type WireLoadOutcome =
  | Exclude<LoadOutcome, { kind: 'article' }>
  | { kind: 'article'; article: string; fromCache: boolean; summary?: Summary; pages?: PagesReport };

/** A LoadOutcome received from another of Sift's contexts, validated; null when it is not one. */
export function decodeLoadOutcome(value: unknown): LoadOutcome | null {
  if (!value || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  switch (o.kind) {
    case 'article': {
      const article = decodeArticle(o.article);
      if (!article) return null;
      const summary = decodeSummary(o.summary, article);
      const pages = decodePagesReport(o.pages);
      return { kind: 'article', article, fromCache: o.fromCache === true, ...(summary ? { summary } : {}), ...(pages ? { pages } : {}) };
    }
    case 'restricted':
      return typeof o.url === 'string' ? { kind: 'restricted', url: o.url } : { kind: 'restricted' };
    case 'no-access':
    case 'gone':
    case 'timeout':
      return { kind: o.kind };
    case 'error':
      return { kind: 'error', message: typeof o.message === 'string' ? o.message : 'unknown error', ...detailOf(o.detail) };
    default:
      return null;
  }
}

function decodePagesReport(value: unknown): PagesReport | undefined {
  const r = value as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || typeof r.read !== 'number') return undefined;
  const s = r.stopped as Record<string, unknown> | undefined;
  const stopped =
    s && STOP_REASONS.has(String(s.reason)) && typeof s.url === 'string' && typeof s.page === 'number'
      ? { reason: s.reason as PagesStopReason, url: s.url, page: s.page, ...detailOf(s.detail) }
      : undefined;
  return { read: r.read, singlePage: r.singlePage === true, ...(stopped ? { stopped } : {}) };
}

/** Key points received with an article, checked against it; undefined when they are not valid ones (then the UI summarizes). */
function decodeSummary(value: unknown, article: Article): Summary | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { points, keyPoints } = value as Record<string, unknown>;
  if (!Number.isInteger(points) || !Array.isArray(keyPoints)) return undefined;
  return keyPoints.every((k) => isKeyPointOf(k, article)) ? { points: points as number, keyPoints: keyPoints as KeyPoint[] } : undefined;
}

function isKeyPointOf(value: unknown, article: Article): value is KeyPoint {
  if (!value || typeof value !== 'object') return false;
  const k = value as Record<string, unknown>;
  const n = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return (
    typeof k.text === 'string' &&
    (k.origin === 'author' || k.origin === 'sift') &&
    n(k.score) &&
    n(k.blockIndex) &&
    n(k.sentenceIndex) &&
    n(k.start) &&
    n(k.end) &&
    (k.blockIndex as number) < article.blocks.length &&
    // The sources a point stands on are sources of the article, by address.
    (k.sources === undefined || (Array.isArray(k.sources) && k.sources.every((u) => typeof u === 'string' && article.sources.some((s) => s.url === u))))
  );
}
