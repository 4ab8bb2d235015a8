/** Text helpers shared by the reader and the checks. */

const FULL_WIDTH_START = 0xff01; // ！
const FULL_WIDTH_END = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII forms (０-９, Ａ-Ｚ, ＞, ＝, ％, （ ...) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  if (!hasWideForm(text)) return text; // most texts: no new string built
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Whether toHalfWidth would change the text. */
function hasWideForm(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) || code === 0x3000) return true;
  }
  return false;
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
 * The form a label is matched in: half-width, no spaces, no leading "*" (required marks) or numbering, no trailing
 * colon. "＊其中：财政 资金：" → "其中:财政资金".
 */
export function labelKey(text: string): string {
  let key = squeeze(toHalfWidth(text));
  key = key.replace(/^\*+/, '');
  key = key.replace(/[:：]+$/, '');
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

/**
 * Remembers a text classifier's answers: the same few label texts recur in every table of a workbook, and the reader
 * asks about each cell more than once. The cache is bounded so that a sheet of unique prose cannot grow it forever.
 */
export function memoize<R>(classify: (text: string) => R, limit = 20_000): (text: string) => R {
  const cache = new Map<string, R>();
  return (text: string): R => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const result = classify(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, result);
    return result;
  };
}

/**
 * A lookup table keyed by text from the user's cells: no prototype, so that a cell reading "constructor" or
 * "toString" finds nothing instead of an Object method ("in" and [] are then safe).
 */
export function dictionary<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

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
