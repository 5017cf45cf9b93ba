/**
 * A byline as a reader is shown it: the names, without the "By" the page put before them (the UI says
 * "By …" itself) and without a date the page ran into them ("Carrie ArnoldNovember 15, 2019",
 * "admin - 2018-09-16"). `Article.byline` stays as the page gave it. Pure.
 */

/** "By", "Written by", "by:" before the names. */
const LEADING_BY = /^(?:written\s+)?by\s*[:：]?\s+/i;
/** A date run into the names or set after a dash: a weekday or month name right after a letter, or an ISO/numeric date. */
const TRAILING_DATE =
  /(?:(?<=\p{Ll})(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\s+[-–—|·]\s+(?=\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})).*$/u;

export function bylineForDisplay(byline: string): string {
  const names = byline.trim().replace(LEADING_BY, '').replace(TRAILING_DATE, '').trim();
  return names || byline.trim();
}
