/**
 * What kind of evidence a source is, in words a reader understands: a primary document, a news
 * outlet, a social post, a reference work, another page of the same site, or other. Decided by the
 * address alone (a small table of host patterns, each with why it is there, plus URL patterns);
 * a host the table does not know is `other`, never guessed from its name or its text. Pure and
 * cheap, so it is computed where a source is shown or exported, not in the content script.
 */
import type { Source } from '../model';
import { bareHost, isSocialHost } from './hosts';

export type SourceCategory = 'primary' | 'news' | 'social' | 'reference' | 'same-site' | 'other';

/** The order of categories in the Sources view's profile and filter, and in exports. */
export const SOURCE_CATEGORY_ORDER: readonly SourceCategory[] = ['primary', 'news', 'social', 'reference', 'same-site', 'other'];

// ---- Tunables ------------------------------------------------------------------------------
/**
 * Primary sources by host suffix:
 * - governments and public bodies by their reserved domains: .gov, .mil (US), .gov.xx / .gob.xx /
 *   .gouv.xx / .go.xx / .govt.nz (most countries), .gc.ca (Canada), .lg.jp (Japan's local
 *   governments), .europa.eu (EU institutions), .int (treaty organisations: UN agencies, WHO, NATO);
 * - parliaments and courts outside those: parliament.uk, bundestag.de, supremecourt.gov is .gov already;
 * - international bodies with their own domains: un.org and its Geneva office (unog.ch), UNHCR, UNICEF,
 *   who.int (.int), oecd.org, imf.org, worldbank.org; defence ministries under .mil.xx;
 * - scholarly papers: doi.org (DOIs), arxiv.org, pubmed / PMC (nih.gov), bioRxiv/medRxiv, SSRN,
 *   J-STAGE (Japan's journals), CiNii, and the large journal publishers' article hosts (Science's
 *   old sciencemag.org among them);
 * - company filings and press releases: SEC EDGAR is .gov; press-release wires (Business Wire, PR
 *   Newswire, GlobeNewswire, PR TIMES, @Press, JCN Newswire) publish companies' own statements.
 */
const PRIMARY_HOST =
  /(?:^|\.)(?:gov|mil|int|gc\.ca|govt\.nz|europa\.eu|lg\.jp|(?:gov|gob|gouv|go|govt|gv|mil)\.[a-z]{2}|parliament\.uk|bundestag\.de|un\.org|unog\.ch|unhcr\.org|unicef\.org|oecd\.org|imf\.org|worldbank\.org|doi\.org|arxiv\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|jstage\.jst\.go\.jp|ci\.nii\.ac\.jp|nature\.com|science\.org|sciencemag\.org|sciencedirect\.com|springer\.com|link\.springer\.com|wiley\.com|onlinelibrary\.wiley\.com|thelancet\.com|nejm\.org|jamanetwork\.com|bmj\.com|plos\.org|pnas\.org|cell\.com|ieee\.org|acm\.org|frontiersin\.org|mdpi\.com|businesswire\.com|prnewswire\.com|globenewswire\.com|prtimes\.jp|atpress\.ne\.jp|jcnnewswire\.com)$/;
/** URL paths of primary documents on any host: a DOI in the path, and documents published as PDF. */
const PRIMARY_PATH = /\/10\.\d{4,9}\/|\.pdf$/i;
/**
 * News outlets: news agencies (Reuters, AP, AFP, Kyodo, Jiji, Yonhap, Xinhua, TASS), public and
 * state broadcasters (BBC, NPR, PBS, NHK, DW, VOA, RFE/RL, RT), and the largest newspapers, TV news and
 * news sites in English and Japanese (and a few of Europe's and Asia's), by host; kiji.is is where
 * Kyodo News publishes its articles. Only outlets whose whole site is news: a host that also sells or hosts
 * anything else is not here, and an outlet missing from the list is `other`, not guessed.
 */
const NEWS_HOST =
  /(?:^|\.)(?:reuters\.com|apnews\.com|ap\.org|afp\.com|bloomberg\.com|nytimes\.com|washingtonpost\.com|wsj\.com|ft\.com|economist\.com|theguardian\.com|bbc\.co\.uk|bbc\.com|cnn\.com|nbcnews\.com|cbsnews\.com|abcnews\.go\.com|foxnews\.com|npr\.org|pbs\.org|politico\.com|politico\.eu|axios\.com|thehill\.com|usatoday\.com|latimes\.com|chicagotribune\.com|bostonglobe\.com|time\.com|newsweek\.com|theatlantic\.com|newyorker\.com|vox\.com|cnbc\.com|marketwatch\.com|forbes\.com|businessinsider\.com|independent\.co\.uk|telegraph\.co\.uk|thetimes\.co\.uk|dw\.com|france24\.com|aljazeera\.com|abc\.net\.au|cbc\.ca|scmp\.com|japantimes\.co\.jp|nikkei\.com|asahi\.com|yomiuri\.co\.jp|mainichi\.jp|sankei\.com|tokyo-np\.co\.jp|nhk\.or\.jp|newsdig\.tbs\.co\.jp|news\.tv-asahi\.co\.jp|fnn\.jp|news\.ntv\.co\.jp|kyodonews\.jp|kyodonews\.net|kiji\.is|jiji\.com|news\.yahoo\.co\.jp|itmedia\.co\.jp|impress\.co\.jp|nikkeibp\.co\.jp|voanews\.com|rferl\.org|haaretz\.com|timesofisrael\.com|straitstimes\.com|thehindu\.com|hindustantimes\.com|ndtv\.com|indiatimes\.com|stripes\.com|baltimoresun\.com|sfchronicle\.com|seattletimes\.com|miamiherald\.com|dallasnews\.com|startribune\.com|nypost\.com|nydailynews\.com|huffpost\.com|buzzfeednews\.com|vice\.com|slate\.com|salon\.com|motherjones\.com|propublica\.org|theintercept\.com|nationalreview\.com|washingtonexaminer\.com|dailymail\.co\.uk|mirror\.co\.uk|sky\.com|news\.sky\.com|euronews\.com|lemonde\.fr|spiegel\.de|elpais\.com|yna\.co\.kr|xinhuanet\.com|globaltimes\.cn|tass\.com|rt\.com|techcrunch\.com|theverge\.com|arstechnica\.com|wired\.com|wired\.jp|engadget\.com|cnet\.com|japan\.cnet\.com|zdnet\.com|japan\.zdnet\.com|gizmodo\.com|gizmodo\.jp)$/;
/**
 * Reference works: encyclopedias (Wikipedia and its sister projects, Britannica), dictionaries
 * (Merriam-Webster, Cambridge, Oxford, Collins, dictionary.com, Weblio, コトバンク), and databases
 * of record (Wikidata, IMDb, OpenStreetMap). Not the Internet Archive: an archived copy is of
 * another page, whose kind its address no longer tells.
 */
const REFERENCE_HOST =
  /(?:^|\.)(?:wikipedia\.org|wikimedia\.org|wiktionary\.org|wikidata\.org|wikisource\.org|britannica\.com|merriam-webster\.com|dictionary\.cambridge\.org|oed\.com|oxfordlearnersdictionaries\.com|collinsdictionary\.com|dictionary\.com|weblio\.jp|kotobank\.jp|imdb\.com|openstreetmap\.org)$/;

/**
 * The category of a source: `same-site` for the site's own pages (`kind: 'internal'`), else by its
 * address. Social posts and profiles are the social networks of hosts.ts.
 */
export function sourceCategory(source: Pick<Source, 'url' | 'kind'>): SourceCategory {
  if (source.kind === 'internal') return 'same-site';
  let u: URL;
  try {
    u = new URL(source.url);
  } catch {
    return 'other';
  }
  const host = bareHost(u.hostname);
  if (isSocialHost(host)) return 'social';
  if (REFERENCE_HOST.test(host)) return 'reference';
  if (PRIMARY_HOST.test(host) || PRIMARY_PATH.test(u.pathname)) return 'primary';
  if (NEWS_HOST.test(host)) return 'news';
  return 'other';
}

/** How many sources of each category, in SOURCE_CATEGORY_ORDER, the empty ones left out. */
export function categoryProfile(sources: readonly Pick<Source, 'url' | 'kind'>[]): [SourceCategory, number][] {
  const counts = new Map<SourceCategory, number>();
  for (const s of sources) {
    const c = sourceCategory(s);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return SOURCE_CATEGORY_ORDER.filter((c) => counts.has(c)).map((c) => [c, counts.get(c)!]);
}
