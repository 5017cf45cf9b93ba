/**
 * How a link found by findSources is classified: the one place that decides whether a link is
 * `cited` (the article stands on it), `related` (more reading), `internal` (the same site), or page
 * furniture that is no source at all (null). Pure: a URL and the words around it in, a kind out.
 * The host table it uses is hosts.ts; the order every view lists sources in is order.ts.
 */
import type { SourceKind } from '../model';
import { sameSite } from './normalizeUrl';
import { isAffiliateLink, isSocialProfile } from './hosts';

// ---- Tunables ------------------------------------------------------------------------------
/** Labels that say "the article stands on this": the link, or the text just before it, carries one. */
export const CITED_LABEL =
  /出典|引用元|引用|参考|参照|画像元|情報元|ソース|取材元|来源|出处|資料來源|\bsources?\b\s*[:：]?|\bvia\b|according to|reported by|\bh\/t\b|\bcredit\b|\bcited\b|\bsee the (?:study|report|paper)\b|\bquelle\b|\bfuente\b/i;
/** Labels of "more reading" links. */
export const RELATED_LABEL =
  /read more|related|see also|more on this|more from|recommended|you (?:may|might) also|also read|関連記事|関連リンク|関連ニュース|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事|続きを読む|もっと見る|次の記事|前の記事|延伸阅读|相关/i;
/** Share buttons and intents: links that post the page somewhere, not sources. */
const SHARE_URL =
  /(?:twitter\.com|x\.com)\/(?:intent|share|home\?status=)|facebook\.com\/(?:sharer|share\.php|dialog)|line\.me\/R\/msg|social-plugins\.line\.me|timeline\.line\.me\/social-plugin|b\.hatena\.ne\.jp\/(?:entry|add)|linkedin\.com\/(?:share|shareArticle|cws\/share)|reddit\.com\/submit|pinterest\.[a-z.]+\/pin\/create|getpocket\.com\/(?:save|edit)|wa\.me\/|api\.whatsapp\.com\/send|t\.me\/share|tumblr\.com\/(?:share|widgets\/share)|plus\.google\.com\/share|mix\.jp\/share|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink|service\.weibo\.com\/share/i;
/**
 * Anchor text of links that are page furniture wherever they stand: following, subscribing,
 * signing in, commenting; calls to action ("Buy on Amazon", "$29.99 at Amazon", "Get a quote",
 * ">> Get started"); lookups beside a reference (CrossRef, Medline, Google Scholar: the
 * reference's own link is the source); adverts marked as such ("[PR] …", "[広告] …").
 */
const FURNITURE_ANCHOR =
  /^(?:>>?|»)?\s*(?:follow(?: us| me)?(?: on \w+)?|subscribe|sign (?:in|up)|log ?in|register|newsletter|reply|(?:leave|add) a comment|(?:buy|get|order|shop|download)(?: it| now)*(?: (?:on|at|from) .{1,30})?|check (?:the )?price.*|see (?:it|price|deal)s?(?: at .{1,30})?|\$?\d[\d,.]*\s*(?:at|on) .{1,30}|get (?:a |your )?(?:free )?(?:quote|estimate|started|demo)\b.*|(?:book|request) a (?:demo|call)|try (?:it )?(?:for )?free|start (?:your )?free trial|(?:apply|join|call) now|contact us|\[?(?:crossref|medline|pubmed|pmc|google scholar|scopus|web of science|(?:free )?full text|webcite(?: cache)?|abstract|orcid)\]?|フォロー(?:する)?|ログイン|会員登録|購読|コメント(?:する)?|購入する|詳細を見る|資料請求|お問い合わせ)$|^[[【(（]?\s*(?:PR|AD|広告|Sponsored)\s*[\]】)）:：]/i;
/** A lead-in that turns the link after it into a call to action (">> Get Started: …", "Buy: …"). */
const CTA_LEAD_IN = /(?:get started|buy|shop|order|download|sign up|enroll)(?: now)?\s*[:：]\s*$/i;
/** Anchor text that names a network ("Twitter", "Let's hang out on Instagram!"): on a profile link, "find us there", not a citation. */
const NETWORK_NAME = /^(?:x|line|e-?mail|rss)$|\b(?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|pinterest)\b|フォロー|follow/i;
/**
 * Hosts whose links are never what an article stands on: they look a reference up or name its
 * author (Google Scholar searches, ORCID, WebCite copies) or state the page's licence (Creative Commons).
 */
const LOOKUP_HOST = /(?:^|\.)(?:orcid\.org|scholar\.google\.[a-z.]+|webcitation\.org|creativecommons\.org)$/i;

/** Where a link stands, as findSources saw it. */
export interface LinkPlace {
  /** The page's host name (links to the same site are `internal`). */
  pageHost: string;
  /** The text just before the link and its own text (a label such as "出典:" or "Read more:" is searched here). */
  label: string;
  /** The link's own text (or the URL, for an address written out). */
  anchor: string;
  /** True when the link stands in the article's own text (its body blocks). */
  inText: boolean;
  /** True when it stands inside a "related" box (boilerplate.ts, createZoneOf). */
  relatedZone: boolean;
}

/** True for a share button's address (a link that posts the page somewhere): never a source. */
export function isShareUrl(u: URL): boolean {
  return SHARE_URL.test(u.href);
}

/**
 * The kind of a link, or null for page furniture.
 * - Same site: `internal`. In a related box or after a "read more" label: `related`.
 * - Calls to action and lookup links beside a reference are furniture wherever they stand.
 * - In the text, a link to a profile on a social network is a "follow" link when its text or the
 *   words before it name the network or ask to follow ("Twitter", "Follow us on"); otherwise it is
 *   the account the article cites ("via @agency"). Any other link in the text is `cited`.
 * - Outside the text, profiles and affiliate redirectors are furniture (follow bars, shop boxes);
 *   other links are `cited` only when labelled as a citation (出典, Source:, via …), else `related`.
 */
export function classifyLink(u: URL, place: LinkPlace): SourceKind | null {
  const { label, anchor } = place;
  if (sameSite(u.hostname, place.pageHost)) return 'internal';
  if (place.relatedZone || RELATED_LABEL.test(label)) return 'related';
  if (FURNITURE_ANCHOR.test(anchor) || LOOKUP_HOST.test(u.hostname) || CTA_LEAD_IN.test(label.slice(0, Math.max(0, label.length - anchor.length)))) return null;
  if (place.inText) return isSocialProfile(u) && (NETWORK_NAME.test(anchor) || NETWORK_NAME.test(label)) ? null : 'cited';
  if (isSocialProfile(u) || isAffiliateLink(u)) return null;
  return CITED_LABEL.test(label) ? 'cited' : 'related';
}
