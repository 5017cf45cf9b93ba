/**
 * Terminal columns: East Asian wide and fullwidth characters take two, combining marks none.
 * Pure; works on grapheme clusters (Intl.Segmenter) so that an emoji with modifiers or
 * a letter with accents is measured and never split as one unit.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Code point ranges of East Asian Width W and F (Unicode 15, merged where adjacent). */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = WIDE[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200b-\u200f\u2028-\u202e\u2060-\u2064]$/u;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns of one grapheme cluster. */
function graphemeWidth(g: string): number {
  const cp = g.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (g.length === 1 || (cp > 0xffff && g.length === 2)) {
    if (ZERO_WIDTH.test(g)) return 0;
    return isWide(cp) ? 2 : 1;
  }
  // A cluster: emoji presentation (VS16, ZWJ sequences, skin tones, flags) takes two.
  if (g.includes('\ufe0f') || /\p{Extended_Pictographic}\u200d|\p{Regional_Indicator}{2}|[\u{1f3fb}-\u{1f3ff}]/u.test(g)) return 2;
  return isWide(cp) ? 2 : ZERO_WIDTH.test(String.fromCodePoint(cp)) ? 0 : 1;
}

/** Columns a string takes in a terminal; ANSI colour codes take none. */
export function stringWidth(text: string): number {
  let w = 0;
  for (const { segment } of graphemes.segment(text.replace(ANSI, ''))) w += graphemeWidth(segment);
  return w;
}

/** Characters a line may not start with (kinsoku shori): closing brackets and punctuation. */
const NO_LINE_START = /^[、。，．・：；？！）」』】〉》〕｝］”’ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻゛゜ヽヾゝゞ,.;:!?)\]}%'"]/u;
/** Characters a line may not end with: opening brackets. */
const NO_LINE_END = /[（「『【〈《〔｛［“‘([{]$/u;

/**
 * Breaks `text` into lines of at most `width` columns. Latin text breaks at spaces; wide
 * (CJK) text may break between any two characters, except before closing punctuation or
 * after an opening bracket. A word longer than a line is cut.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const units = breakUnits(text.replace(/\s+/g, ' ').trim());
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const flush = () => {
    lines.push(line.replace(/ +$/, ''));
    line = '';
    lineWidth = 0;
  };
  for (const unit of units) {
    if (unit === ' ') {
      if (line) {
        line += ' ';
        lineWidth += 1;
      }
      continue;
    }
    const uw = stringWidth(unit);
    if (line && lineWidth + uw > w) flush();
    if (uw > w) {
      // Longer than a line: cut at grapheme boundaries.
      for (const { segment } of graphemes.segment(unit)) {
        const gw = graphemeWidth(segment);
        if (lineWidth + gw > w && line) flush();
        line += segment;
        lineWidth += gw;
      }
      continue;
    }
    line += unit;
    lineWidth += uw;
  }
  if (line || lines.length === 0) flush();
  return lines;
}

/**
 * Units that are never split across lines: a space, a run of narrow non-space characters,
 * or one wide grapheme — with kinsoku glue (closing punctuation stays with what precedes it,
 * an opening bracket with what follows).
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let narrow = '';
  let glueNext = false;
  const push = (u: string) => {
    const prev = units.length ? units[units.length - 1] : undefined;
    if (prev !== undefined && prev !== ' ' && (glueNext || NO_LINE_START.test(u))) units[units.length - 1] = prev + u;
    else units.push(u);
    glueNext = NO_LINE_END.test(u);
  };
  for (const { segment } of graphemes.segment(text)) {
    if (segment === ' ') {
      if (narrow) {
        push(narrow);
        narrow = '';
      }
      units.push(' ');
      glueNext = false;
    } else if (graphemeWidth(segment) === 2) {
      if (narrow) {
        push(narrow);
        narrow = '';
      }
      push(segment);
    } else {
      narrow += segment;
    }
  }
  if (narrow) push(narrow);
  return units;
}
