/**
 * Indicator values: `[comparator] number [unit]` or qualitative text.
 *
 * The parser never changes the raw text; it reports what it understood and a separate normalized form
 * (half-width, canonical comparator, standard unit). It accepts what real published tables contain: full-width
 * symbols, `≧`/`≦`, comparator words before or after the number, approximations, a number inside a sentence, two
 * values in one cell, a scale prefix on a counting unit.
 */
import type { Comparator, ParsedValue } from '../model';
import { isErrorValue } from '../grid';
import { dictionary, formatNumber, hasFullWidthForms, memoize, pdfDigits, squeeze, matchingForm } from './text';
import { KNOWN_UNITS, SCALE_PREFIXES, standardUnit } from './units';

/** Cells that say "nothing here" in one way or another. */
const PLACEHOLDERS = new Set([
  '无',
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  // A dash a scan read as the character 一.
  '一',
  '*',
  '**',
  '_',
  '不涉及',
  '不适用',
  '暂无',
  '空',
  'N/A',
  'NA',
  'n/a',
  '#N/A',
  '0/',
  '略',
  '待定',
]);

export function isPlaceholder(text: string): boolean {
  return isPlaceholderForm(matchingForm(text));
}

/** The same, for a text already in its matching form. */
function isPlaceholderForm(form: string): boolean {
  return PLACEHOLDERS.has(squeeze(form));
}

/** Comparator symbols, longest first. */
const SYMBOL_COMPARATORS: [string, Comparator][] = [
  ['>=', '≥'],
  ['=>', '≥'],
  ['<=', '≤'],
  ['=<', '≤'],
  ['≥', '≥'],
  ['≧', '≥'],
  ['⩾', '≥'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['⩽', '≤'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  // "═" (a box-drawing double line) typed for "=" in some county forms.
  ['═', '='],
  ['≈', '='],
];

/** Comparator words written before the number, longest first. */
const PREFIX_WORDS: [string, Comparator][] = (
  [
    ['大于或等于', '≥'],
    ['大于等于', '≥'],
    ['小于或等于', '≤'],
    ['小于等于', '≤'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['不小于', '≥'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['不大于', '≤'],
    ['不多于', '≤'],
    ['控制在', '≤'],
    ['至少', '≥'],
    ['至多', '≤'],
    ['最多', '≤'],
    ['达到', '≥'],
    ['大于', '>'],
    ['超过', '>'],
    ['高于', '>'],
    ['多于', '>'],
    ['小于', '<'],
    ['低于', '<'],
    ['少于', '<'],
    ['等于', '='],
  ] as [string, Comparator][]
).sort((a, b) => b[0].length - a[0].length);

/** Comparator words written after the number and unit ("95%以上", "1年以内"), longest first. */
const SUFFIX_WORDS: [string, Comparator][] = [
  ['及以上', '≥'],
  ['以上(含)', '≥'],
  ['(含)以上', '≥'],
  ['及以下', '≤'],
  ['以下(含)', '≤'],
  ['(含)以下', '≤'],
  ['以上', '≥'],
  ['以内', '≤'],
  ['之内', '≤'],
  ['以下', '≤'],
];

const APPROX_PREFIXES = ['大约', '约为', '大概', '约'];
const APPROX_SUFFIXES = ['左右', '上下'];

const CHINESE_DIGITS: Readonly<Record<string, number>> = dictionary({
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
});

const NUMBER_PATTERN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/** "十二" → 12, "一" → 1, "二十" → 20; null when it is not a simple Chinese numeral below 100. */
function chineseNumeralPrefix(text: string): { value: number; length: number } | null {
  const match = /^([一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])/.exec(text);
  if (!match) return null;
  const word = match[1];
  if (!word.includes('十')) return { value: CHINESE_DIGITS[word], length: word.length };
  const [tens, ones] = word.split('十');
  const value = (tens ? CHINESE_DIGITS[tens] : 1) * 10 + (ones ? CHINESE_DIGITS[ones] : 0);
  return { value, length: word.length };
}

export interface ParseValueOptions {
  /** The value is an amount of money (a cost indicator): "万" means 万元. */
  money?: boolean;
}

function emptyParse(raw: string, kind: ParsedValue['kind'], form: string = matchingForm(raw)): ParsedValue {
  return {
    raw,
    kind,
    comparator: null,
    comparatorWritten: null,
    number: null,
    numbers: [],
    range: null,
    unit: null,
    unitSource: null,
    approximate: false,
    inSentence: false,
    normalized: { text: form.trim(), number: null, unit: null },
    fullWidth: hasFullWidthForms(raw),
  };
}

interface Piece {
  comparator: Comparator | null;
  comparatorWritten: string | null;
  numberText: string;
  number: number;
  /** The upper end of a range ("3-5个"). */
  upper?: number;
  unit: string | null;
  approximate: boolean;
}

/** A rate per so many people: "≤10/10万", "200/万人". */
const PER_POPULATION_UNIT = /^\/\d*(十万|万|千|百)?(人|人口|户|名)?$/;
/** A day of a month, not an amount: "12月底前", "6月末". */
const DATE_UNIT = /^月(底|末|中|初|前|内|上旬|中旬|下旬)/;

/** "分（5分制）" → "分": a note in brackets after the unit is not part of it. */
function withoutNote(unit: string): string {
  const match = /^(.+?)[(（][^（）()]*[)）]$/.exec(unit);
  return match ? match[1] : unit;
}

function stripPrefix(text: string, list: string[]): { rest: string; found: string | null } {
  for (const word of list) if (text.startsWith(word)) return { rest: text.slice(word.length), found: word };
  return { rest: text, found: null };
}

/** A date or a span of dates: "2023.07-2024.01", "202001-202012", "2024.6.30", "2024-12". */
const DATE_TEXT = /^(20\d{2})(?:[.\-/](?:0?[1-9]|1[0-2])(?:[.\-/]\d{1,2})?|(?:0[1-9]|1[0-2]))(?:[-~～—–至到]+(20\d{2})(?:[.\-/]?(?:0?[1-9]|1[0-2])(?:[.\-/]\d{1,2})?)?)?$/;

/** Parses one `[approx][comparator] number [unit] [suffix]` piece of half-width, space-free text; null if it is not one. */
function parsePiece(text: string): Piece | null {
  // A date is a deadline, not an amount.
  if (text.includes('20') && DATE_TEXT.test(text.replace(/^[≥≤<>=]/, ''))) return null;
  // A tolerance: "±3%以内" is at most 3% either way.
  let rest = text.startsWith('±') && /^±\d.*(以内|之内|以下)$/.test(text) ? text.slice(1) : text;
  let approximate = false;
  let comparator: Comparator | null = null;
  let comparatorWritten: string | null = null;

  const approx = stripPrefix(rest, APPROX_PREFIXES);
  if (approx.found) {
    approximate = true;
    rest = approx.rest;
  }
  for (const [symbol, canonical] of SYMBOL_COMPARATORS) {
    if (rest.startsWith(symbol)) {
      comparator = canonical;
      comparatorWritten = symbol;
      if (symbol === '≈') approximate = true;
      rest = rest.slice(symbol.length);
      break;
    }
  }
  if (!comparator) {
    for (const [word, canonical] of PREFIX_WORDS) {
      if (rest.startsWith(word)) {
        comparator = canonical;
        comparatorWritten = word;
        rest = rest.slice(word.length);
        break;
      }
    }
  }
  if (!approximate) {
    const again = stripPrefix(rest, APPROX_PREFIXES);
    if (again.found) {
      approximate = true;
      rest = again.rest;
    }
  }

  let numberText: string;
  let number: number;
  const numeric = NUMBER_PATTERN.exec(rest);
  if (numeric) {
    numberText = numeric[0];
    number = Number(numberText.replace(/,/g, ''));
    rest = rest.slice(numberText.length);
  } else {
    const chinese = chineseNumeralPrefix(rest);
    if (!chinese) return null;
    numberText = rest.slice(0, chinese.length);
    number = chinese.value;
    rest = rest.slice(chinese.length);
    // A Chinese numeral must be followed by a unit ("一批", "两个"), otherwise it is prose ("一般").
    if (!KNOWN_UNITS.some((u) => rest.startsWith(u))) return null;
  }

  for (const [word, canonical] of SUFFIX_WORDS) {
    if (rest.endsWith(word)) {
      if (comparator && comparator !== canonical) return null; // "≤5以上" is not something we can read
      comparator = canonical;
      comparatorWritten = comparatorWritten ? comparatorWritten + '…' + word : word;
      rest = rest.slice(0, rest.length - word.length);
      break;
    }
  }
  const approxSuffix = APPROX_SUFFIXES.find((word) => rest.endsWith(word));
  if (approxSuffix) {
    approximate = true;
    rest = rest.slice(0, rest.length - approxSuffix.length);
  }

  // A range: "3-5个", "90%~95%", "1至2年".
  let upper: number | undefined;
  const range = /^([^\d]{0,4}?)[-~～—–至到](\d+(?:\.\d+)?)(.*)$/.exec(rest);
  if (range && (range[1] === '' || range[3] === '' || range[1] === range[3])) {
    upper = Number(range[2]);
    if (upper < number) return null;
    rest = range[3] || range[1];
  }

  const unit = rest === '' ? null : withoutNote(rest);
  if (unit !== null && DATE_UNIT.test(unit)) return null; // a date, not an amount
  if (unit !== null && /^年/.test(unit) && /^20\d{2}$/.test(numberText)) return null; // "2021年全年": a year, not 2021 of something
  // A unit is short and holds no digits (but "/10万" for a rate per 100,000); anything longer is a sentence.
  if (unit !== null && !PER_POPULATION_UNIT.test(unit) && (unit.length > 8 || /\d/.test(unit) || /[，。；,;：:]/.test(unit))) return null;
  return { comparator, comparatorWritten, numberText, number, upper, unit, approximate };
}

/** Splits "1600人、200人" into its values; returns null when the cell holds one value. */
function splitSeveral(text: string): string[] | null {
  const parts = text.split(/[、,，;；/]|和|及/).filter((p) => p !== '');
  if (parts.length < 2) return null;
  return parts;
}

/** Scales "5.5万人次" to 55000 人次 for comparisons; money units are left as they are. */
function scaledUnit(number: number, unit: string | null, money: boolean): { number: number; unit: string | null } {
  if (unit === null) return { number, unit };
  const standard = standardUnit(unit, money) ?? unit;
  if (standard.endsWith('元')) return { number, unit: standard };
  for (const [prefix, factor] of SCALE_PREFIXES) {
    if (standard.startsWith(prefix) && standard.length > prefix.length) {
      return { number: number * factor, unit: standard.slice(prefix.length) };
    }
    if (standard === prefix) return { number: number * factor, unit: null };
  }
  return { number, unit: standard };
}

function finish(raw: string, piece: Piece, numbers: number[], inSentence: boolean, money: boolean): ParsedValue {
  const standard = piece.unit === null ? null : (standardUnit(piece.unit, money) ?? piece.unit);
  const scaled = scaledUnit(piece.number, piece.unit, money);
  const comparatorText = piece.comparatorWritten ? piece.comparator! : '';
  return {
    raw,
    kind: 'quantitative',
    comparator: piece.comparator ?? '=',
    comparatorWritten: piece.comparatorWritten,
    number: piece.number,
    numbers: piece.upper !== undefined ? [piece.number, piece.upper] : numbers,
    range: piece.upper !== undefined ? [piece.number, piece.upper] : null,
    unit: piece.unit,
    unitSource: piece.unit === null ? null : 'value',
    approximate: piece.approximate,
    inSentence,
    normalized: {
      text: `${piece.approximate ? '约' : ''}${comparatorText}${formatNumber(piece.number)}${piece.upper !== undefined ? `-${formatNumber(piece.upper)}` : ''}${standard ?? ''}`,
      number: scaled.number,
      unit: scaled.unit,
    },
    fullWidth: hasFullWidthForms(raw),
  };
}

/** Finds one number inside a sentence ("在规定时间结案率为95%"): the comparator word right before it, a known unit after. */
function parseSentence(raw: string, text: string, money: boolean): ParsedValue | null {
  const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
  if (numbers.length !== 1) return null;
  const match = numbers[0];
  const before = text.slice(0, match.index);
  const after = text.slice(match.index! + match[0].length);
  // A date ("2024年12月底前完成") or a document number is not a target value.
  if ((/^\d{4}$/.test(match[0]) && /^年/.test(after)) || DATE_UNIT.test(after)) return null;
  const unit = KNOWN_UNITS.find((u) => after.startsWith(u)) ?? null;
  if (unit === null) return null;
  let comparator: Comparator | null = null;
  let comparatorWritten: string | null = null;
  for (const [symbol, canonical] of SYMBOL_COMPARATORS) {
    if (before.endsWith(symbol)) {
      comparator = canonical;
      comparatorWritten = symbol;
      break;
    }
  }
  if (!comparator) {
    for (const [word, canonical] of PREFIX_WORDS) {
      if (before.endsWith(word)) {
        comparator = canonical;
        comparatorWritten = word;
        break;
      }
    }
  }
  const piece: Piece = {
    comparator,
    comparatorWritten,
    numberText: match[0],
    number: Number(match[0]),
    unit,
    approximate: /约/.test(before),
  };
  return finish(raw, piece, [piece.number], true, money);
}

/** Parses the text of an indicator value. */
export function parseValueText(rawInput: string, options: ParseValueOptions = {}): ParsedValue {
  const raw = rawInput.trim();
  const money = options.money === true;
  if (raw === '') return emptyParse(raw, 'empty');
  if (isErrorValue(raw)) return emptyParse(raw, 'error');
  // The matching form once for the whole parse: every cell of every table comes through here.
  const form = matchingForm(raw);
  if (isPlaceholderForm(form)) return emptyParse(raw, 'placeholder', form);

  const text = pdfDigits(squeeze(form));
  const piece = parsePiece(text);
  if (piece) return finish(raw, piece, [piece.number], false, money);

  const parts = splitSeveral(text);
  if (parts) {
    const pieces = parts.map(parsePiece);
    if (pieces.every((p): p is Piece => p !== null)) {
      return finish(
        raw,
        pieces[0],
        pieces.map((p) => p.number),
        false,
        money,
      );
    }
  }

  const sentence = parseSentence(raw, text, money);
  if (sentence) return sentence;

  const qualitative = emptyParse(raw, 'qualitative', form);
  // "不低于上年度水平": a comparator word in front of words, not of a number.
  for (const [word, canonical] of PREFIX_WORDS) {
    if (text.startsWith(word)) {
      qualitative.comparator = canonical;
      qualitative.comparatorWritten = word;
      break;
    }
  }
  return qualitative;
}

/** What a number format code shows, remembered per code: a workbook has few codes and many numeric cells. */
const formatShows = memoize((format: string): { percent: boolean; date: boolean } => {
  // Ignore literal text in quotes and escaped characters; for dates also the [Red] / [$-804] sections.
  const stripped = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return { percent: stripped.includes('%'), date: /[yd]/i.test(stripped.replace(/\[[^\]]*\]/g, '')) };
});

/** True when the number format shows the value as a percentage ("0%", "0.00%", "0.0%;[Red]-0.0%"). */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && formatShows(format).percent;
}

/** True when the number format shows a date ("yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yy"). */
function isDateFormat(format: string | null | undefined): boolean {
  return !!format && formatShows(format).date;
}

/** Excel's serial day number as a date, the way a Chinese reader writes it. */
function serialToDate(serial: number, chinese: boolean): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return chinese ? `${y}年${m}月${d}日` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The text a reader sees for a numeric cell: 0.95 formatted as % reads "95%", 20 reads "20", a date reads as one. */
export function numberCellText(value: number, format: string | null | undefined): string {
  if (isPercentFormat(format)) return `${formatNumber(value * 100)}%`;
  if (isDateFormat(format) && value > 0 && value < 2_958_466) return serialToDate(value, /年/.test(format ?? ''));
  return formatNumber(value);
}
