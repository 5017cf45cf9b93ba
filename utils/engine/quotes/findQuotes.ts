/**
 * Who said what: the article's direct quotations (“…”, "…", 「…」, 『…』 used as speech), each with its
 * speaker where the text names one. English and Japanese are read with attribution rules ("…," said
 * Jane Doe; Jane Doe said: “…”; according to …; 〜氏は「…」と述べた; 「…」と話す; 〜によると); other
 * languages list their quotations without speakers rather than guess. A pronoun ("she said", 同氏)
 * is the last speaker named. Titles, names and terms in quotation marks are not quotations: a
 * quotation is attributed, or reads as a sentence. Pure; runs outside the content script.
 */
import type { Article, Block, Quote } from '../model';

// ---- Tunables ------------------------------------------------------------------------------
/** Quotations per article at most (a transcript can have thousands of lines). */
const MAX_QUOTES = 200;
/** Longest quotation looked at, in characters (past it, a stray mark opened a run of text, not a quote). */
const MAX_QUOTE_CHARS = 1500;
/** Characters after a closing mark, and before an opening one, read for the attribution. */
const ATTRIBUTION_WINDOW = 150;
/** An unattributed English quotation is one when it reads as a sentence: this many words at least, */
const MIN_SENTENCE_WORDS = 6;
/** an unattributed Japanese one this many characters and a sentence's ending. */
const MIN_SENTENCE_CHARS_JA = 12;
/** A quotation that is (nearly) its whole block, this few blocks after a speaker's, continues their words. */
const CONTINUATION_BLOCKS = 2;
const STANDALONE_SHARE = 0.8;
/** Characters of the paragraph before read for the person a pronoun stands for. */
const PRONOUN_WINDOW = 300;
/** Kinds of block that hold quotations: a quotation set as a subheading is one; captions repeat them, code is code. */
const QUOTING_KINDS = new Set<Block['kind']>(['paragraph', 'list-item', 'quote', 'heading']);

// English: verbs of speech, and who can be a speaker.
const SAY =
  '(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|stated|states|tweeted|posted|warned|warns|argued|argues|continued|insisted|recalled|recalls|acknowledged|admitted|admits|declared|replied|replies|responded|responds|remarked|observed|concluded|conceded|confirmed|announced|claimed|claims|commented|emphasized|emphasised|stressed|suggested|suggests|urged|predicted|testified|joked|laughed|cautioned|pointed out|went on|put it|puts it|confesses|confessed|concedes|insists|recounted|described|describes|cautions)';
/** A named speaker: up to seven capitalised words (Jane Doe, Dr. Anthony Fauci, White House Press Secretary Stephanie Grisham), a pronoun, or a "the/a …" description. */
const NAME = "(?:(?:[A-Z][\\w'’.-]*|de|van|von|al|bin)(?:\\s+(?:[A-Z][\\w'’.-]*|de|van|von|al|bin)){0,6})";
const DESCRIPTION = "(?:(?:the|a|an|one|two|three|several|some|another)\\s+(?:[\\w'’-]+\\s+){0,5}?[\\w'’-]+)";
const PRONOUN = '(?:he|she|they|I|we)';
const SPEAKER = `(${NAME}|${PRONOUN}|${DESCRIPTION})`;
/** “…,” said Jane Doe / “…,” said the minister. */
const SAID_SPEAKER = new RegExp(
  `^[\\s,.—–-]*${SAY}\\s+${SPEAKER}(?=\\s*(?:[,.;:!?—–()]|$)|\\s+(?:in|on|at|during|who|after|before|to|about|of|from|last|this|when|while)\\b)`,
  'u',
);
/** “…,” Jane Doe said / “…,” she told reporters. */
const SPEAKER_SAID = new RegExp(`^[\\s,.—–-]*${SPEAKER}(?:,\\s+[^,“”"]{1,120},)?\\s+(?:also\\s+|later\\s+|then\\s+)?${SAY}\\b`, 'u');
/** Jane Doe said: “…” / Jane Doe told the paper, “…” / She added that “…” (read backwards from the opening mark). */
const SPEAKER_BEFORE = new RegExp(`${SPEAKER}(?:,\\s+[^,“”"]{1,120},)?\\s+(?:also\\s+|later\\s+)?${SAY}(?:\\s+[^“"]{0,90}?)?[,:.]?\\s*(?:that\\s+)?$`, 'u');
/** A person introduced with an apposition: "Tom Stafford, a former astronaut", "Jane Doe, who …". */
const INTRODUCED_NAME =
  /([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:a|an|the|who|chief|senior|former|director|president|professor|founder|head|executive|[a-z]+ (?:at|of|for))\b/g;
/** A person named after a description or a title: "astronaut Tom Stafford", "Rep. Frank Lucas", "executive Tom Young" (two words, no third). */
const TITLED_NAME = /(?:^|\s)([a-z]+|Rep\.|Sen\.|Dr\.|Gov\.|Mr\.|Ms\.|Mrs\.|Prof\.)\s+([A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b(?![\s-]+[A-Z])/g;
/** Small words before a capitalised pair that make it a thing's name ("the Space Launch", "of New York"), not a person's. */
const NOT_TITLE = /^(?:the|a|an|of|at|in|on|for|from|with|by|to|and|or|as|into|via|than|its|their|his|her|our|this|that)$/;
/** according to Jane Doe / according to the ministry. */
const ACCORDING_TO = new RegExp(`according to ${SPEAKER}`, 'u');
/** Words that make a description an unnamed source. */
const ANONYMOUS_EN =
  /^(?:a|an|one|two|three|several|some|another)\s|\b(?:officials?|sources?|people|person|spokes(?:man|woman|person)|aides?|insiders?|residents?|witnesses?|observers?|experts?)\b(?!\s+[A-Z])/;
/** Capitalised words that open a sentence and are not names. */
const NOT_NAME =
  /^(?:The|A|An|But|And|So|Then|When|If|In|On|At|As|It|This|That|There|He|She|They|We|I|You|His|Her|Their|Our|Its|Asked|Speaking|Writing|According)$/;

// Japanese: verbs of speech after 「…」と, and speaker phrases before は/が.
const SAY_JA =
  /^」?(?:だ|です)?(?:と|って|とも|などと)(?:[^。「」]{0,24}?)(?:述べ|話|語|言|説明|強調|指摘|明らかに|明か|答え|回答|訴え|コメント|投稿|書(?!かれ)|記し|伝え|返事|返答|発表|主張|批判|評価|呼びかけ|振り返|嘆|叫|尋ね|問い|認め|否定|表明|警告|報告|証言|発言|宣言|約束|反論|解説|付け加え|続け|笑|ツイート|つぶや|綴|明言|弁明|謝罪|感謝|意気込|抱負|胸を張|声を|述懐)/;
/** 「…」との声 / 「…」という声 (a view put in someone's words). */
const VOICE_JA = /^」?(?:との|という)(?:声|コメント|意見|見方|考え|発言|言葉|談話|メッセージ|証言|回答|答え|指摘|批判)/;
/** 〜氏は、 / 〜さんが / 〜によると、 : a speaker phrase in the sentence before the opening mark. */
const SPEAKER_BEFORE_JA = /([^\s。、「」『』（）()！？!?]{1,30}?)(?:は|が|も|によると|によれば)/gu;
/** Quotations that follow this one at once (「A」、「B」「C」). */
const QUOTE_RUN_JA = /^」(?:[、,・]?\s*「[^「」]{0,80}」)+/;
/** An age or a note in brackets after a name: キャスリーン・シャオさん（18）. */
const BRACKET_NOTE_JA = /[（(][^（）()]{0,20}[)）]/g;
/** 「…」と〜氏は述べた / 「…」と話すのは〜さん / 「…」と声を上げるデモ隊: the speaker after the quotation. */
const SPEAKER_AFTER_JA =
  /^」?と(?:、)?([^\s。、「」『』]{1,30}?)(?:は|が)(?:[^。「」]{0,12}?)(?:述べ|話|語|言|説明|強調|指摘|明かし|答え|訴え|コメント)|^」?と(?:[^。「」]{0,10}?)(?:話す|語る|言う)のは、?([^\s。、「」『』]{1,30}?)(?:だ|です|。|$)|^」?と(?:声を上げる|叫ぶ|訴える|話す|語る|言う)([^\s。、「」『』]{1,20}?)(?:の|が|は|も|を|に|ら|。)/u;
/** A speaker phrase ends in a title or honorific: 〜氏, 〜さん, 〜首相 …, or is an organisation. */
const SPEAKER_JA =
  /(?:氏|さん|様|君|ちゃん|首相|大臣|長官|知事|市長|町長|村長|区長|社長|会長|代表|教授|准教授|博士|議員|大統領|総裁|委員長|監督|選手|容疑者|被告|弁護士|医師|記者|報道官|官房長官|幹部|担当者|関係者|広報|政府|省|庁|同社|同氏|同省|筋|者|局|団体|会社|当局|彼|彼女|私|たち|隊|党|団|側|陣営|メンバー|ユーザー)$/;
/** Words that make a Japanese speaker unnamed: insiders, officials, sources, people described. */
const ANONYMOUS_JA = /関係者|筋|幹部|高官|当局者|匿名|ある|男性|女性|住民|市民|参加者|学生|母親|父親|回答者|担当者|職員|複数/;
/** Pronouns and "the said person" that stand for the last speaker named. */
const PRONOUN_JA = /^(?:同氏|彼|彼女|同さん)$/;
/** An unattributed Japanese quotation reads as a sentence when it ends like one. */
const SENTENCE_END_JA = /(?:[。！？!?…]|です|ます|だ|た|ない|よ|ね|か|う|たい|ません|でした|ました)$/;

/** A quotation mark pair: where the quoted words start and end in the block's text. */
interface Span {
  start: number;
  end: number;
}

/** The article's quotations, in document order, at most MAX_QUOTES. */
export function findQuotes(article: Pick<Article, 'blocks' | 'lang'>): Quote[] {
  const lang = article.lang.toLowerCase().split('-')[0];
  const out: Quote[] = [];
  /** The last speaker named, for "she said" / 同氏は. */
  let last: { speaker: string; anonymous: boolean; blockIndex: number } | undefined;
  /** People the text has named (speakers, and names introduced as "Jane Doe, a …"): full name, and by their last name. */
  const people = new Map<string, string>();
  let previousText = '';
  for (const block of article.blocks) {
    if (lang === 'en') {
      for (const m of block.text.matchAll(INTRODUCED_NAME)) if (!NOT_NAME.test(m[1].split(/\s+/)[0])) remember(people, m[1]);
      for (const m of block.text.matchAll(TITLED_NAME)) if (!NOT_TITLE.test(m[1])) remember(people, m[2]);
    }
    if (!QUOTING_KINDS.has(block.kind)) continue;
    for (const span of spansOf(block.text)) {
      if (out.length >= MAX_QUOTES) return out;
      const text = block.text.slice(span.start, span.end).trim();
      if (!text) continue;
      const before = block.text.slice(Math.max(0, span.start - 1 - ATTRIBUTION_WINDOW), span.start - 1);
      const after = block.text.slice(span.end, span.end + 1 + ATTRIBUTION_WINDOW);
      const found =
        lang === 'en'
          ? attributeEn(text, before, after)
          : lang === 'ja'
            ? attributeJa(text, before, after)
            : { quote: looksLikeSentence(text, lang), speaker: undefined };
      if (!found.quote) continue;
      let speaker = found.speaker;
      let anonymous = false;
      // "he said": the person the text named last before the quotation, else the last speaker.
      if (speaker && isPronoun(speaker, lang))
        speaker = (lang === 'en' ? lastNamedBefore(previousText + block.text.slice(0, span.start), people) : undefined) ?? last?.speaker;
      // A quotation that opens its sentence after one about a person ("ニックスは…と表現する。「…」", "Young would … . “…”").
      if (!speaker) speaker = subjectBefore(block.text.slice(0, span.start - 1), previousText, lang, people);
      // A quotation right after a speaker's, in the same paragraph or standing alone just after, goes on with their words.
      if (
        !speaker &&
        last &&
        (last.blockIndex === block.index ||
          (block.index - last.blockIndex <= CONTINUATION_BLOCKS && text.length >= STANDALONE_SHARE * block.text.trim().length))
      )
        speaker = last.speaker;
      if (speaker) {
        anonymous = lang === 'ja' ? ANONYMOUS_JA.test(speaker) && !/氏|さん/.test(speaker) : ANONYMOUS_EN.test(speaker);
        if (lang === 'en' && !anonymous) {
          // "Pluznick" is the Jennifer Pluznick the article named: one speaker, one group.
          if (!speaker.includes(' ')) speaker = people.get(speaker) ?? speaker;
          remember(people, speaker);
        }
        last = { speaker, anonymous, blockIndex: block.index };
      }
      const start = block.text.indexOf(text, span.start);
      out.push({ text, ...(speaker ? { speaker } : {}), anonymous: speaker ? anonymous : false, blockIndex: block.index, start, end: start + text.length });
    }
    previousText = `${block.text.slice(-PRONOUN_WINDOW)} `;
  }
  return out;
}

/** Quotation spans of a text: “…”, „…“, "…", 「…」 and 『…』 at the outer level; a “ that does not close runs to the end (a quotation over several paragraphs). */
function spansOf(text: string): Span[] {
  const spans: Span[] = [];
  const closeOf: Record<string, string> = { '“': '”', '„': '“', '"': '"', '「': '」', '『': '』' };
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    const close = closeOf[open];
    if (!close) continue;
    // A straight quote is an opening one only at a word's start.
    if (open === '"' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
    let depth = 0;
    let j = i + 1;
    for (; j < text.length && j - i <= MAX_QUOTE_CHARS; j++) {
      if (text[j] === open && open !== close) depth++;
      else if (text[j] === close) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (j < text.length && text[j] === close) {
      spans.push({ start: i + 1, end: j });
      i = j;
    } else if (open === '“' && j >= text.length) {
      spans.push({ start: i + 1, end: text.length });
      break;
    }
  }
  return spans;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** English: attributed by a verb of speech next to it; else a quotation when it reads as a sentence. */
function attributeEn(text: string, before: string, after: string): { quote: boolean; speaker?: string } {
  const afterClose = after.replace(/^["”]/, '');
  const m = SAID_SPEAKER.exec(afterClose) ?? SPEAKER_SAID.exec(afterClose);
  const b = SPEAKER_BEFORE.exec(before);
  const acc = ACCORDING_TO.exec(`${before} ${afterClose.split(/[.!?]\s/)[0]}`);
  const speaker = cleanSpeakerEn(m?.[1]) ?? cleanSpeakerEn(b?.[1]) ?? cleanSpeakerEn(acc?.[1]);
  const attributed = speaker !== undefined;
  // Titles and terms: short, no sentence punctuation inside, often Title Case.
  const titleCase = words(text) > 1 && text.split(/\s+/).every((w) => /^[A-Z0-9&'’(-]|^(?:a|an|the|of|and|in|on|for|to|at|or|with|by)$/.test(w));
  if (attributed && (words(text) >= 2 || /[,.!?]$/.test(text))) return { quote: true, speaker };
  // Unattributed: a long quotation, or a whole sentence ("I cannot disagree with it.", "What do you think?").
  const sentence = words(text) >= 3 && /^[\p{Lu}\p{N}]/u.test(text) && /[.!?…]$/.test(text);
  if ((words(text) >= MIN_SENTENCE_WORDS || sentence) && !titleCase) return { quote: true, speaker };
  return { quote: false };
}

function cleanSpeakerEn(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let s = raw.trim().replace(/[,.;:]+$/, '');
  // "Jane Doe, a senior official" keeps the name; a description keeps at most its first clause.
  s = s.replace(/\s+(?:in|on|at|during|after|before|last|this)\s+.*$/, '');
  const first = s.split(/\s+/)[0];
  if (/^[A-Z]/.test(first) && NOT_NAME.test(first) && !/^(?:The|A|An)\s/.test(s)) return undefined;
  if (/^(?:The|A|An)$/.test(s)) return undefined;
  return s;
}

/** Remembers a person by full name and by last name ("Doe" → "Jane Doe"); a description ("The minister") is no one's name. */
function remember(people: Map<string, string>, name: string): void {
  const parts = name.split(/\s+/);
  if (parts.length < 2 || !/^[A-Z]/.test(name) || /^(?:The|A|An)\s/.test(name)) return;
  people.set(name, name);
  people.set(parts[parts.length - 1], name);
}

/**
 * The person named last in `text`: its capitalised words read from the end, the first that is a
 * name or last name the article gave before. One pass over the text, whatever the number of people.
 */
function lastNamedBefore(text: string, people: Map<string, string>): string | undefined {
  const words = text.match(/[A-Z][\w'’-]*/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const person = people.get(words[i]);
    if (person) return person;
  }
  return undefined;
}

/**
 * The person the sentence before a quotation is about, when the quotation opens a sentence: its
 * topic (〜は / 〜が) in Japanese, a person already named at its start in English.
 */
function subjectBefore(prefix: string, previousText: string, lang: string, people: Map<string, string>): string | undefined {
  const own = prefix.trim();
  if (own && !/[。．！？.!?]$/.test(own)) return undefined;
  const sentences = (own || previousText.trim()).split(/(?<=[。！？.!?])\s*/).filter(Boolean);
  const previous = sentences[sentences.length - 1] ?? '';
  if (lang === 'ja') {
    // The first speaker among the sentence's topics: 「…」と、ニックスは説明する。
    for (const m of previous.matchAll(SPEAKER_BEFORE_JA)) if (isSpeakerPhrase(m[1])) return trimSpeakerJa(m[1]);
    return undefined;
  }
  if (lang !== 'en') return undefined;
  const m = /^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+[a-z]/.exec(previous);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  return people.get(m[1]) ?? people.get(words[words.length - 1]);
}

function isPronoun(speaker: string, lang: string): boolean {
  return lang === 'ja' ? PRONOUN_JA.test(speaker) : /^(?:he|she|they|I|we)$/i.test(speaker);
}

/** Japanese: 「…」と述べた and friends; else a quotation when it reads as a sentence. */
function attributeJa(text: string, before: string, rest: string): { quote: boolean; speaker?: string } {
  // 「A」「B」「C」と声を上げた: a run of quotations shares the attribution after the last.
  const after = rest.replace(QUOTE_RUN_JA, '」');
  const said = SAY_JA.test(after) || VOICE_JA.test(after);
  const am = SPEAKER_AFTER_JA.exec(after);
  let speaker = [am?.[1], am?.[2], am?.[3]].map((s) => s && trimSpeakerJa(s)).find((s) => s && isSpeakerPhrase(s));
  // Before the opening mark: the first speaker phrase of its sentence (〜氏は、…「).
  if (!speaker && (said || /によ(?:ると|れば)[、,]?\s*$/.test(before))) {
    const sentence =
      before
        .replace(BRACKET_NOTE_JA, '')
        .split(/[。！？!?]/)
        .pop() ?? '';
    for (const m of sentence.matchAll(SPEAKER_BEFORE_JA)) {
      const phrase = trimSpeakerJa(m[1]);
      if (isSpeakerPhrase(phrase)) {
        speaker = phrase;
        break;
      }
    }
  }
  const sentenceLike = text.length >= MIN_SENTENCE_CHARS_JA && SENTENCE_END_JA.test(text);
  if (said) return { quote: true, speaker };
  if (sentenceLike && !/^」?という/.test(after)) return { quote: true, speaker };
  return { quote: false };
}

/**
 * A phrase that names a speaker: it ends in a title or honorific (氏, さん, 首相, 関係者…), is a name
 * in katakana (ニックス), or holds a full name in katakana (デザイナーのダニー・ヴァン・デン・ダンゲン).
 * A phrase that only ends in a katakana word (このグループ, 〜に関するネタ) is a thing, not a speaker.
 */
function isSpeakerPhrase(s: string): boolean {
  return SPEAKER_JA.test(s) || /^[\p{Script=Katakana}ー・]{2,}$/u.test(s) || /[\p{Script=Katakana}]+・[\p{Script=Katakana}]+/u.test(s);
}

/** A speaker phrase without what opens the clause ("また、", "これに対し"). */
function trimSpeakerJa(s: string): string {
  return s.replace(/^(?:また|さらに|一方|これに対し|その上で|そのうえで|ただ|しかし)/, '').replace(/^の/, '');
}

function looksLikeSentence(text: string, lang: string): boolean {
  return lang === 'zh' ? text.length >= MIN_SENTENCE_CHARS_JA : words(text) >= MIN_SENTENCE_WORDS;
}
