/** Text helpers shared by the reader and the checks. */
import { TRADITIONAL_PAIRS } from '../vocabulary/traditional-forms';

const FULL_WIDTH_START = 0xff01; // ！
const FULL_WIDTH_END = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;

/** Each traditional form of a character the core matches against, and its simplified form (績 → 绩, 個 → 个). */
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) SIMPLIFIED.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);

/** Whether a text holds anything matchingForm changes: most cells hold nothing, and are returned as they are. */
const NEEDS_MATCHING_FORM = new RegExp(`[\\uff01-\\uff5e\\u3000${[...SIMPLIFIED.keys()].join('')}]`);

/** A mirror site's pinyin after a character: 項(xiàng)目, 績(jī)效指標(biāo) — dropped from the matching form. */
const PINYIN_GLOSS_SOURCE = '([\\u4e00-\\u9fff])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\\)';
const PINYIN_GLOSS = new RegExp(PINYIN_GLOSS_SOURCE);
const PINYIN_GLOSS_ALL = new RegExp(PINYIN_GLOSS_SOURCE, 'g');

/**
 * The form a cell's text is matched in: full-width ASCII (０-９, Ａ-Ｚ, ＞, ＝, ％, （ ...) and the ideographic space in
 * their half-width forms, and the traditional forms of the vocabulary's characters in their simplified ones (a table
 * copied through a mirror site that converted it: 績效指標, 數量指標, ≥2個) without the pinyin such a site adds
 * (項(xiàng)目). What a cell says is kept as written.
 */
export function matchingForm(text: string): string {
  // The reader and the value parser ask for one cell's text several times in a row: the last answer is kept.
  if (text === lastText) return lastForm;
  lastText = text;
  lastForm = computeMatchingForm(text);
  return lastForm;
}

let lastText = '';
let lastForm = '';

function computeMatchingForm(text: string): string {
  if (text.includes('(') && PINYIN_GLOSS.test(text)) text = text.replace(PINYIN_GLOSS_ALL, '$1');
  if (!NEEDS_MATCHING_FORM.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === 0x3000) out += ' ';
    else if (code >= 0x4e00) out += SIMPLIFIED.get(ch) ?? ch;
    else out += ch;
  }
  return out;
}

export function hasFullWidthForms(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Only digits, Latin letters and the comparison/percent signs count: full-width brackets and colons are normal
    // Chinese punctuation.
    if ((code >= 0xff10 && code <= 0xff19) || code === 0xff1c || code === 0xff1d || code === 0xff1e || code === 0xff05)
      return true;
  }
  return false;
}

/** Collapses runs of whitespace (including the ideographic space and line breaks) and trims. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/** Removes every whitespace character: "其中：财政    资金" → "其中：财政资金". */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000\u00a0\u200b]+/g, '');
}

/**
 * The form a label is matched in (see matchingForm), no spaces, no required marks ("*") before or after it, no
 * section numbering before it, no trailing colon. "＊其中：财政 资金：" → "其中:财政资金", "二、自有资金:" → "自有资金".
 */
export function labelKey(text: string): string {
  let key = squeeze(matchingForm(text));
  key = key.replace(/^\*+/, '');
  // A section's numbering: "二、自有资金", "1.项目年度目标", "(三)资金来源".
  key = key.replace(/^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?=\D)|[(（][一二三四五六七八九十\d]{1,2}[)）])/, '');
  key = key.replace(/[:：]+$/, '');
  // A required mark after the label: "一级指标*", "绩效指标值*".
  key = key.replace(/\*+$/, '');
  return key;
}

/** Splits "预算数(万元)" into the label "预算数" and the parenthesised note "万元". */
export function splitParenthesised(key: string): { base: string; note: string | null } {
  const match = /^(.*?)[(（【\[]([^()（）【】\[\]]*)[)）】\]]$/.exec(key);
  if (!match || match[1] === '') return { base: key, note: null };
  return { base: match[1], note: match[2] };
}

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20) continue;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}

/** Formats a number without trailing zeros or float noise: 20 → "20", 0.95*100 → "95", 15.80 → "15.8". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e9) / 1e9;
  return String(rounded);
}

const UNDEFINED: unique symbol = Symbol('undefined');

/**
 * How many answers a classifier keeps: as many texts as a workbook may hold cells (the read limit is 300,000), so that
 * a workbook of distinct texts has each cell classified once, not once per stage of the reader that asks.
 */
export const TEXTS_KEPT = 400_000;

/**
 * Remembers a text classifier's answers: the same few label texts recur in every table of a workbook, and the reader
 * asks about each cell more than once. The cache is bounded so that a sheet of unique prose cannot grow it forever.
 */
export function memoize<R>(classify: (text: string) => R, limit = TEXTS_KEPT): (text: string) => R {
  // An answer of undefined is kept as a marker, so that a miss costs one lookup and one insertion (a workbook of
  // distinct texts misses every time).
  const cache = new Map<string, R | typeof UNDEFINED>();
  return (text: string): R => {
    const hit = cache.get(text);
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as R;
    const result = classify(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, result === undefined ? UNDEFINED : result);
    return result;
  };
}

export { dictionary } from '../vocabulary/dictionary';

/**
 * The matches of `pattern` that do not follow a digit: what `(?<!\d)` says, for engines without lookbehind (Edge 18
 * and Safari before 16.4 reject the whole script when a regular expression uses it).
 */
export function matchesNotAfterDigit(text: string, pattern: RegExp): RegExpExecArray[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const found: RegExpExecArray[] = [];
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match.index > 0 && text.charCodeAt(match.index - 1) >= 48 && text.charCodeAt(match.index - 1) <= 57) {
      re.lastIndex = match.index + 1; // try the overlapping candidates a lookbehind would have tried
      continue;
    }
    found.push(match);
    if (match[0] === '') re.lastIndex++;
  }
  return found;
}

/**
 * Zeros a PDF copy turned into letters: "2O0", "1OO%", "9O%", "3〇万元" → "200", "100%", "90%", "30万元". Only a run
 * of O/o/〇 right after a digit, and followed by a digit, a decimal point, a percent sign, a unit or the end: a word
 * holding the letter O ("OA系统") is left alone.
 */
export function pdfDigits(text: string): string {
  if (!/[Oo〇Ｏｏ]/.test(text)) return text;
  return text.replace(/(\d)([Oo〇Ｏｏ]+)(?=[\d.%％]|[\u4e00-\u9fff]|$)/g, (_, digit: string, zeros: string) => digit + '0'.repeat(zeros.length));
}
