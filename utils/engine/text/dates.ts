/**
 * Dates and times as they are written in news pages, to recognise the lines that are only a
 * stamp ("Updated 3:27 am PST, Wednesday, November 20, 2019", "2019年04月04日 09:00",
 * "Nov. 19, 2019 8:03 am ET", "05/10/2018") and not prose. A number alone is not a date: a
 * phone number, a price or a year in a sentence is left alone.
 */

// ---- Tunables ------------------------------------------------------------------------------
/**
 * A month's name or abbreviation, by the first letters most languages share ("Nov.", "November",
 * "novembre", "noviembre", "dez", "dezembro", "Maret"): a month only counts next to a day or a year.
 */
const MONTH = '(?:jan|feb|f[ée]v|mar|apr|abr|avr|ma[iy]|mei|jun|jui|jul|lug|giu|aug|ago|ao[uû]|sep|set|oct|okt|ott|out|nov|d[eé][cz]|dic|gen)\\p{L}*\\.?';
/** A written date or time. */
const DATE_PARTS = [
  // November 20, 2019 · Nov. 19 · 20 November 2019 · 22 de janeiro de 2018 · March 2019
  `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`,
  `\\b\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?\\d{4})?`,
  `\\b${MONTH}\\s+\\d{4}\\b`,
  // 2019-11-20 · 05/10/2018 · 2019.04.04 · 19.03.02
  '\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
  // 2019年4月4日 · 4月4日 · 2019年4月
  '\\d{2,4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日',
  // 9:41 AM · 8:03 am ET · 9 a.m. · 9時30分
  '\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.\\s?m\\.|\\d{1,2}\\s*時(?:\\s*\\d{1,2}\\s*分)?',
  // 3 hours ago · 3時間前
  '\\b\\d+\\s+(?:second|minute|min|hour|hr|day|week|month)s?\\s+ago\\b|\\d+\\s*(?:秒|分|時間|日|週間|か月|ヶ月)前',
];
const DATE_OR_TIME = new RegExp(DATE_PARTS.join('|'), 'giu');
/**
 * What stands around a stamp in a dateline besides the date: the verbs of a stamp, weekdays
 * ("Wednesday", "segunda-feira"), short words (time zones, "on", "at", "de"), separators.
 */
const STAMP_WORDS =
  /\b(?:updated?|published|posted|modified|publicad[oa]|publié|actualizad[oa]|atualizad[oa]|veröffentlicht|aktualisiert|\p{L}+day|\p{L}+feira|\p{L}{1,3})\b|更新|公開|配信|投稿|掲載|日時/giu;
/** A dateline has at most this many letters and digits besides its stamp (a byline name, "By.KJ"). */
const MAX_STAMP_REST = 16;

/** True when the text contains a written date or time. */
export function hasDate(text: string): boolean {
  DATE_OR_TIME.lastIndex = 0;
  return DATE_OR_TIME.test(text);
}

/**
 * True when the text is a date or time stamp: it holds one, and besides it only the words of a
 * stamp and a short rest (a byline's name at most).
 */
export function isDateline(text: string): boolean {
  if (!hasDate(text)) return false;
  const rest = text
    .replace(DATE_OR_TIME, ' ')
    .replace(STAMP_WORDS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return rest.length <= MAX_STAMP_REST;
}

/** A stamp at the start of a line ("Updated: December 9, 2024"), possibly glued to the sentence after it. */
const LEADING_STAMP = new RegExp(
  `^(?:(?:updated|published|posted|modified)\\s*:?\\s*)?(?:${DATE_PARTS.slice(0, 4).join('|')})(?:,?\\s*(?:${DATE_PARTS[5]}))?\\s*`,
  'iu',
);
/** A capitalised word: where the sentence after a glued stamp starts. */
const SENTENCE_START = /^\p{Lu}\p{Ll}/u;

/** Characters of a date stamp glued to the start of a sentence ("…2024If you…"; 0 when there is none). */
export function stampPrefixLength(text: string): number {
  const m = LEADING_STAMP.exec(text);
  return m && SENTENCE_START.test(text.slice(m[0].length, m[0].length + 2)) ? m[0].length : 0;
}
