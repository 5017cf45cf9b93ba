/**
 * Text that speaks about the site, not the story: newsletter and membership pitches, affiliate
 * disclosures, "support our journalism", sign-up prompts, notices that terms may change,
 * comment-moderation rules. The body cleaner (cleanBlocks) drops the blocks that say it, so that
 * they never become key points.
 */

// ---- Tunables ------------------------------------------------------------------------------
/**
 * Affiliate disclosures ("This post may contain affiliate links", "we may earn a commission");
 * newsletters and sign-ups ("Every day we send an email …", "By signing up, you agree …");
 * membership and support pitches ("If you enjoyed this article …", "support our journalism");
 * copyright lines ("… Dictionary copyright © 2002 …"); "Follow AP's full coverage of … at";
 * notices ("subject to change", "all times are ET") and comment moderation; the same in Japanese
 * (メルマガ, 会員登録, 予告なく変更, 日時は日本標準時).
 */
export const SITE_NOTICE =
  /\b(?:(?:may|might|do|does) (?:contain|include) affiliate link|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|affiliate (?:link|commission|disclosure)|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ ){0,3}(?:newsletter|email|update)|every (?:day|week|morning) we send|by (?:signing up|subscribing)[^.]{0,40}, you agree|support(?:ing)? (?:[\w-]+ ){0,3}journalism|if you(?:'re| are)? (?:enjoy|lik)(?:ed|ing) (?:this|the|our) (?:article|story|post)|(?:become|join) (?:a |our )?(?:member|subscriber|patron|supporter)s?\b.{0,80}\b(?:today|now|join|support)|follow (?:[\w’'.]+ ){1,3}(?:full |live )?coverage (?:of|at|on)|subject to change without notice|all (?:dates and )?times (?:are |shown )?(?:in )?(?:ET|EST|EDT|PT|PST|GMT|UTC|JST)\b|comments?\b.{0,80}\b(?:moderat|will not be (?:approved|published))|coment[áa]rios?\b.{0,120}moderador)|(?:©|\(c\)|\bcopyright)\s*©?\s*(?:19|20)\d\d|予告なく変更|日時は日本標準時|メールマガジン|メルマガ|ニュースレター|会員登録|無料会員|(?:毎朝|毎日|毎週).{0,12}(?:メール|配信)|アフィリエイト/i;

/**
 * Sentences that promote the site inside a paragraph of the story, too short or too mixed for the
 * body cleaner to drop their block: the site's app ("For the latest stories … download the
 * Nationnews apps for iOS and Android", "Download our free app"), letters and tips ("Submit your
 * letter to the editor via this form"). Used by the summarizer on single sentences: they are never
 * key points, and the block around them stays in the body.
 */
export const SITE_PROMO_SENTENCE =
  /\bfor (?:the |all the )?latest (?:[\w-]+ ){0,4}(?:news|stories|updates|headlines)\b.{0,60}\b(?:download|subscribe|sign up|follow us)\b|\b(?:download|get|install) our (?:free |new |official )?(?:[\w-]+ )?apps?\b|\b(?:submit|send us|send) (?:your|a) (?:letter|news tip|tip|story idea)s?\b|アプリ(?:を|の)?(?:無料)?ダウンロード(?:して|はこちら)/i;

/**
 * Legal and consent notices, wherever a page sets them: Google's reCAPTCHA notice ("This site is
 * protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply"), consent
 * banners ("By clicking “Accept All Cookies”, you agree to the storing of cookies …", "We use
 * cookies …"), rights lines ("All rights reserved", "… is a registered trademark of …",
 * 無断転載を禁じます). On a page that is not an article, these stand between the few real
 * sentences; they are never key points.
 */
export const LEGAL_NOTICE_SENTENCE =
  /\bprotected by recaptcha\b|\b(?:privacy policy|terms of (?:service|use))\b.{0,40}\bapply\b|\bby (?:clicking|continuing to (?:use|browse))\b.{0,100}\byou (?:agree|accept|consent)\b|\b(?:we|this (?:site|website)) uses? cookies\b|\bstoring of cookies\b|\ball rights reserved\b|\bregistered trademarks? of\b|無断(?:転載|複製|転用)を?(?:禁|お断り)|(?:cookie|クッキー).{0,12}(?:を)?(?:使用|利用)して(?:い|お)/i;
