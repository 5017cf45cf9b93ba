/**
 * Well-known hosts whose links say something by themselves, whatever page they are on: a link to
 * a person's profile on a social network is "follow me", not evidence; a link through an
 * affiliate redirector is a shop link, not a citation. A table of kinds of service, not of news
 * sites: it never names the site being read.
 */

// ---- Tunables ------------------------------------------------------------------------------
/**
 * Social networks, each with the path patterns of its single posts (a post can be evidence: "she
 * wrote on X"); any other page of these hosts is a profile, a hashtag or a home page.
 */
const SOCIAL: Record<string, RegExp> = {
  // X / Twitter: posts are /<user>/status/<id>.
  'twitter.com': /^\/[^/]+\/status(?:es)?\/\d+/,
  'x.com': /^\/[^/]+\/status(?:es)?\/\d+/,
  // Facebook: posts, videos, photos and permalinks; profile and page roots are follow links.
  'facebook.com': /\/(?:posts|videos|photos|permalink|story\.php|watch)\b|^\/[^/]+\/(?:posts|videos)\//,
  // Instagram: posts (/p/), reels and TV.
  'instagram.com': /^\/(?:p|reel|reels|tv)\//,
  // LinkedIn: posts and articles (/posts/, /pulse/, /feed/update/); /in/<name> and /company/ are profiles.
  'linkedin.com': /^\/(?:posts|pulse|feed\/update)\//,
  // YouTube: single videos and shorts; channels (/@x, /channel/, /c/, /user/) are follow links.
  'youtube.com': /^\/(?:watch|shorts|live|embed)\b/,
  'youtu.be': /^\/[\w-]{6,}/,
  // TikTok: videos are /@<user>/video/<id>.
  'tiktok.com': /\/video\/\d+/,
  // Threads, Bluesky, Mastodon's main instance: posts under the profile.
  'threads.net': /^\/@[^/]+\/post\//,
  'threads.com': /^\/@[^/]+\/post\//,
  'bsky.app': /^\/profile\/[^/]+\/post\//,
  'mastodon.social': /^\/@[^/]+\/\d+/,
  // Pinterest pins; boards and profiles are follow links.
  'pinterest.com': /^\/pin\//,
  // Reddit threads; /user/ and /r/<name>/ roots are not posts.
  'reddit.com': /\/comments\//,
  // LINE official accounts and Telegram channels are follow links; a Telegram post has a number.
  'line.me': /^$/,
  't.me': /^\/[^/]+\/\d+/,
};
/**
 * Affiliate and shopping redirectors: links that pay the page for a purchase (Amazon's short
 * links, Skimlinks, VigLink/Sovrn, Commission Junction, Rakuten LinkShare, Awin, ShareASale,
 * Impact, Partnerize, Japanese ASPs A8.net, ValueCommerce, Moshimo).
 */
const AFFILIATE = new Set([
  'amzn.to', 'amzn.eu', 'amzn.asia', 'go.skimresources.com', 'redirect.viglink.com', 'shop-links.co', 'howl.me', 'click.linksynergy.com',
  'anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'tkqlhce.com', 'kqzyfj.com', 'awin1.com', 'shareasale.com', 'prf.hn', 'pntra.com',
  'sjv.io', 'px.a8.net', 'ck.jp.ap.valuecommerce.com', 'af.moshimo.com', 'hb.afl.rakuten.co.jp',
]);

/** The host without `www.` / `m.` / `mobile.`, lowercased. */
function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|mobile)\./, '');
}

/** True for a link to a profile, a channel or a home page on a social network (not to one post). */
export function isSocialProfile(u: URL): boolean {
  const post = SOCIAL[bareHost(u.hostname)];
  return !!post && !post.test(u.pathname);
}

/** True for a link through an affiliate or shopping redirector. */
export function isAffiliateLink(u: URL): boolean {
  const h = bareHost(u.hostname);
  if (AFFILIATE.has(h)) return true;
  for (const a of AFFILIATE) if (h.endsWith(`.${a}`)) return true;
  return false;
}
