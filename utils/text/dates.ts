/**
 * Dates and times as they are written in news pages, to recognise the lines that are only a
 * stamp ("Updated 3:27 am PST, Wednesday, November 20, 2019", "2019年04月04日 09:00",
 * "Nov. 19, 2019 8:03 am ET", "05/10/2018") and not prose. A number alone is not a date: a
 * phone number, a price or a year in a sentence is left alone.
 */

// ---- Tunables ------------------------------------------------------------------------------
/** Month names and their usual abbreviations (en, fr, es, pt, de, it, nl), lowercase. */
const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember)?)?\\.?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|' +
  'januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januari|februari|maart|mei|augustus|maret|agustus|desember';
/** Weekday names (en, fr, es, pt, de), for removal around a date. */
const WEEKDAYS =
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
/** A written date or time, in any of the forms above. */
const DATE_PARTS = [
  // November 20, 2019 · Nov. 19 · 20 November 2019 · 22 de janeiro de 2018
  `\\b(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`,
  `\\b\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\b(?:\\s+(?:de\\s+)?\\d{4})?`,
  `\\b(?:${MONTHS})\\s+\\d{4}\\b`,
  // 2019-11-20 · 05/10/2018 · 2019.04.04 · 19.03.02
  '\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
  // 2019年4月4日 · 4月4日 · 2019年4月
  '\\d{2,4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日',
  // 9:41 AM · 8:03 am ET · 9 a.m. · 9時30分
  '\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.\\s?m\\.|\\d{1,2}\\s*時(?:\\s*\\d{1,2}\\s*分)?',
  // 3 hours ago · 3時間前 · hace 2 horas
  '\\b\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b|\\d+\\s*(?:秒|分|時間|日|週間|か月|ヶ月)前',
];
const DATE_OR_TIME = new RegExp(DATE_PARTS.join('|'), 'giu');
/**
 * What stands around a stamp in a dateline: the verbs and labels of a stamp, weekdays, time
 * zones, separators. What is left after removing them and the dates is the rest of the line.
 */
const STAMP_WORDS = new RegExp(
  `\\b(?:updated?|published|posted|last updated|modified|first published|originally published|on|at|am|pm|et|est|edt|ct|cst|cdt|mt|pt|pst|pdt|gmt|utc|bst|cet|cest|jst|kst|ist|aest|` +
    `publicado|publié|le|el|em|de|às|um|veröffentlicht|aktualisiert|actualizado|atualizado|mis à jour|` +
    `${WEEKDAYS})\\b|更新|公開|配信|投稿|掲載|日時|[()（）\\[\\]【】|｜,，、:：;•·・\\-–—/]`,
  'giu',
);
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
  const rest = text.replace(DATE_OR_TIME, ' ').replace(STAMP_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, '');
  return rest.length <= MAX_STAMP_REST;
}

/** A stamp at the start of a line ("Updated: December 9, 2024"), possibly glued to the sentence after it. */
const LEADING_STAMP = new RegExp(
  `^(?:(?:updated|published|posted|last updated|modified)\\s*:?\\s*)?(?:${DATE_PARTS.slice(0, 4).join('|')})(?:,?\\s*(?:${DATE_PARTS[5]}))?\\s*`,
  'iu',
);
/** A capitalised word: where the sentence after a glued stamp starts. */
const SENTENCE_START = /^\p{Lu}\p{Ll}/u;

/** Characters of a date stamp glued to the start of a sentence ("…2024If you…"; 0 when there is none). */
export function stampPrefixLength(text: string): number {
  const m = LEADING_STAMP.exec(text);
  return m && SENTENCE_START.test(text.slice(m[0].length, m[0].length + 2)) ? m[0].length : 0;
}
