/**
 * Well-known hosts whose links say something by themselves, whatever page they are on: a link to
 * a person's profile on a social network is "follow me", not evidence; a link through an
 * affiliate redirector is a shop link, not a citation. A table of kinds of service, not of news
 * sites: it never names the site being read.
 */

// ---- Tunables ------------------------------------------------------------------------------
/** Social networks (their own hosts only: developers.facebook.com and about.instagram.com are the companies' pages): X/Twitter, Facebook, Instagram, LinkedIn, YouTube, TikTok, Threads, Bluesky, Mastodon's main server, Pinterest, Reddit, LINE, Telegram, Vimeo (and its video player), Weibo, VK. */
const SOCIAL =
  /^(?:twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|youtu\.be|tiktok\.com|threads\.(?:net|com)|bsky\.app|mastodon\.social|pinterest\.com|reddit\.com|line\.me|t\.me|(?:player\.)?vimeo\.com|weibo\.com|vk\.com)$/;
/**
 * Paths of a single post on those networks (a post can be evidence: "she wrote on X"): X statuses,
 * Facebook posts/videos/photos, Instagram /p/ and reels, LinkedIn posts, YouTube videos, TikTok
 * videos, Threads and Bluesky posts, Mastodon and Telegram message numbers, pins, Reddit threads.
 * Any other page of these hosts is a profile, a channel, a hashtag or a home page.
 */
const SOCIAL_POST =
  /\/(?:status(?:es)?|posts?|videos?|photos?|permalink|story\.php|p|reels?|tv|pulse|feed\/update|watch|shorts|live|embed|pin|comments)\/|\/watch\b|\/@[^/]+\/\d+|^\/[^/]+\/\d+$/;
/**
 * Affiliate and shopping redirectors: links that pay the page for a purchase (Amazon's short
 * links, Skimlinks, VigLink/Sovrn, Commission Junction, Rakuten LinkShare, Awin, ShareASale,
 * Impact, Partnerize, Japanese ASPs A8.net, ValueCommerce, Moshimo).
 */
const AFFILIATE =
  /(?:^|\.)(?:amzn\.(?:to|eu|asia)|skimresources\.com|viglink\.com|shop-links\.co|howl\.me|linksynergy\.com|anrdoezrs\.net|dpbolvw\.net|jdoqocy\.com|tkqlhce\.com|kqzyfj\.com|awin1\.com|shareasale\.com|prf\.hn|pntra\.com|sjv\.io|a8\.net|valuecommerce\.com|moshimo\.com|afl\.rakuten\.co\.jp)$/;

/** The host without `www.` / `m.` / `mobile.`, lowercased. */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|mobile)\./, '');
}

/** True for a social network's host (bareHost form): its pages are posts and profiles. */
export function isSocialHost(host: string): boolean {
  return SOCIAL.test(host);
}

/** True for a link to a profile, a channel or a home page on a social network (not to one post). */
export function isSocialProfile(u: URL): boolean {
  const h = bareHost(u.hostname);
  if (!isSocialHost(h)) return false;
  // youtu.be/<id> is a video; everywhere else a post has one of SOCIAL_POST's paths.
  return h === 'youtu.be' ? u.pathname.length < 7 : !SOCIAL_POST.test(u.pathname);
}

/** True for a link through an affiliate or shopping redirector. */
export function isAffiliateLink(u: URL): boolean {
  return AFFILIATE.test(bareHost(u.hostname));
}
