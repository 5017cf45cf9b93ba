/**
 * Sentences that speak about the site, not the story: newsletter and membership pitches,
 * affiliate disclosures, "support our journalism", sign-up prompts, notices that terms may change,
 * comment-moderation rules. Shared by the body cleaner (whole blocks) and the summarizer
 * (sentences), so that neither shows them as the article's own words.
 */

// ---- Tunables ------------------------------------------------------------------------------
export const SITE_NOTICE = new RegExp(
  [
    // Affiliate disclosures ("This post may contain affiliate links", "we may earn a commission").
    '\\b(?:may|might|does|do) (?:contain|include) affiliate links?\\b',
    '\\b(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\\b',
    '\\baffiliate (?:links?|commission|disclosure)\\b',
    // Newsletters and sign-ups ("Every day we send an email …", "By signing up, you agree …").
    '\\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\\w+ ){0,3}(?:newsletters?|emails?|updates)\\b',
    '\\bevery (?:day|week|morning|weekday) we send\\b',
    '\\bby (?:signing up|subscribing|submitting)[^.]{0,40}, you agree\\b',
    // Membership and support pitches ("If you enjoyed this article … Join …").
    '\\bsupport(?:ing)? (?:our|independent|quality) (?:[\\w-]+ ){0,2}journalism\\b',
    '\\bif you(?:\'re| are)? (?:enjoyed|liked|enjoying|liking) (?:this|the|our) (?:article|story|post|content|newsletter)\\b',
    '\\b(?:become|join) (?:a |our )?(?:member|subscriber|patron|supporter)s?\\b.{0,80}\\b(?:today|now|join|support)\\b',
    // Copyright lines ("… Dictionary copyright © 2002, 2001 by …").
    '(?:©|\\(c\\)|\\bcopyright)\\s*(?:©\\s*)?(?:19|20)\\d\\d\\b',
    // "Follow AP's full coverage of Brexit at …": the site's coverage page, not the story.
    '\\bfollow (?:[\\w’\'.]+ ){1,3}(?:full |complete |live |latest )?coverage (?:of|at|on)\\b',
    // Notices and moderation rules.
    '\\bsubject to change without notice\\b|予告なく変更',
    '\\bcomments?\\b.{0,80}\\b(?:moderat\\w+|will not be (?:approved|published))\\b|coment[áa]rios?\\b.{0,120}\\bmoderador',
    // Japanese: newsletters, registration, affiliate programmes.
    'メールマガジン|メルマガ|ニュースレター|会員登録|無料会員|(?:毎朝|毎日|毎週).{0,12}(?:メール|配信)|アフィリエイト',
  ].join('|'),
  'iu',
);
