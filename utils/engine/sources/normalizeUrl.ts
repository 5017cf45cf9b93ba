/**
 * Citation URLs: absolute, http(s) only, without tracking parameters or fragment, plus a key
 * under which two spellings of the same address are one source.
 */

// ---- Tunables ------------------------------------------------------------------------------
/** Query parameters that identify a campaign or a click, never the page. */
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|igsh|yclid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_enc_id|oly_anon_id|vero_id|vero_conv|wickedid|twclid|ttclid|li_fat_id|s_cid|cmpid|ncid|ocid|icid|spm|scm|sr_share|smid|smtyp|ref_src|ref_url|at_medium|at_campaign|at_custom\d*|guccounter|guce_referrer\w*|__twitter_impression|wt\.mc_id|wt_mc|rss|cvid|ito|soc_src|soc_trk)$/i;

/** The cleaned absolute URL, or null for anything that is not a usable http(s) address. */
export function normalizeUrl(href: string, base?: string): URL | null {
  let u: URL;
  try {
    u = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname || (!u.hostname.includes('.') && u.hostname !== 'localhost')) return null;
  u.hash = '';
  if (u.search) {
    const keep = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
    const sp = new URLSearchParams(keep);
    u.search = sp.toString() ? `?${sp}` : '';
  }
  return u;
}

/** Host name without `www.`, lowercased. */
export function domainOf(u: URL): string {
  return u.hostname.toLowerCase().replace(/^www\d?\./, '');
}

/** Same address for de-duplication: no scheme, no `www.`, no trailing slash, sorted parameters. */
export function urlKey(u: URL): string {
  const params = [...u.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = params.length ? `?${new URLSearchParams(params)}` : '';
  return `${domainOf(u)}${u.pathname.replace(/\/+$/, '') || '/'}${search}`;
}

/** True when two hosts are the same site (equal, or one a subdomain of the other's registrable part). */
export function sameSite(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/^www\d?\./, '');
  const y = b.toLowerCase().replace(/^www\d?\./, '');
  if (x === y) return true;
  const base = (h: string) => {
    const parts = h.split('.');
    // example.co.jp / example.com.au keep three labels, example.com two.
    const n = parts.length >= 3 && /^(co|com|ne|or|ac|go|gov|org|net|edu)$/.test(parts[parts.length - 2]) ? 3 : 2;
    return parts.slice(-n).join('.');
  };
  return base(x) === base(y);
}
