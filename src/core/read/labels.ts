/**
 * Looking up the labels of a target table, whose words are in ../vocabulary/labels.ts. Matching is exact on the label
 * key (half-width, no spaces, no trailing colon, no leading "*"), so prose that merely contains a label word is never
 * mistaken for one.
 */
import { labelKey, memoize, splitParenthesised, squeeze, matchingForm } from '../normalize/text';
import {
  HEADER_LABELS,
  HEADER_PATTERNS,
  INFO_LABELS,
  INFO_PATTERNS,
  type HeaderLabel,
  type InfoLabel,
} from '../vocabulary/labels';

export type { HeaderLabel, InfoLabel };

function indexLabels<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [kind, words] of Object.entries(table) as [K, string[]][]) {
    for (const word of words) map.set(labelKey(word), kind);
  }
  return map;
}

const INFO_INDEX = indexLabels(INFO_LABELS);
const HEADER_INDEX = indexLabels(HEADER_LABELS);

/** Labels are short; a longer text is prose, never a label. */
const MAX_LABEL_LENGTH = 24;

export interface LabelMatch<K> {
  kind: K;
  /** The parenthesised note of "预算数（万元）", "资金支出计划（%）". */
  note: string | null;
}

function lookup<K>(index: Map<string, K>, text: string, patterns: [RegExp, K][] = []): LabelMatch<K> | null {
  if (text === '' || text.length > MAX_LABEL_LENGTH * 2) return null;
  let key = labelKey(text);
  if (key.length > MAX_LABEL_LENGTH) return null;
  // "其中：财政资金", "其中:其他资金"
  key = key.replace(/^其中[:：]?/, '');
  const { base, note } = splitParenthesised(key);
  const candidates: [string, string | null][] = note === null ? [[key, null]] : [[key, null], [base, note]];
  for (const [candidate, candidateNote] of candidates) {
    const exact = index.get(candidate);
    if (exact !== undefined) return { kind: exact, note: candidateNote };
    for (const [pattern, kind] of patterns) if (pattern.test(candidate)) return { kind, note: candidateNote };
  }
  // Characters a PDF copy put out of order ("年成值全完值" for 全年完成值): the same characters as one label, and only one.
  for (const [candidate, candidateNote] of candidates) {
    if (!onlyLabelCharacters(index, candidate)) continue; // most texts: a character no label has, so no sorting
    const scrambled = charSetIndex(index).get(charSet(candidate));
    if (scrambled !== undefined) return { kind: scrambled, note: candidateNote };
  }
  return null;
}

const LABEL_CHARACTERS = new Map<Map<string, unknown>, Set<string>>();

/** Whether every character of a key occurs in some label of the index (else no label is its scrambled copy). */
function onlyLabelCharacters(index: Map<string, unknown>, key: string): boolean {
  let chars = LABEL_CHARACTERS.get(index);
  if (!chars) {
    chars = new Set([...index.keys()].join(''));
    LABEL_CHARACTERS.set(index, chars);
  }
  for (const ch of key) if (!chars.has(ch)) return false;
  return true;
}

/** A label's distinct characters, sorted: the key under which its scrambled copies are found (four or more). */
function charSet(key: string): string {
  const chars = [...new Set(key)].sort().join('');
  return chars.length >= 4 ? chars : '';
}

const CHAR_SET_INDEXES = new Map<Map<string, unknown>, Map<string, unknown>>();

/** Each label's character set mapped to its kind, where no other label of another kind shares it. */
function charSetIndex<K>(index: Map<string, K>): Map<string, K> {
  let sets = CHAR_SET_INDEXES.get(index) as Map<string, K> | undefined;
  if (sets) return sets;
  sets = new Map();
  const clash = new Set<string>();
  for (const [word, kind] of index) {
    const key = charSet(word);
    if (key === '') continue;
    if (sets.has(key) && sets.get(key) !== kind) clash.add(key);
    sets.set(key, kind);
  }
  for (const key of clash) sets.delete(key);
  sets.delete('');
  CHAR_SET_INDEXES.set(index, sets as Map<string, unknown>);
  return sets;
}

export const infoLabel = memoize((text: string): LabelMatch<InfoLabel> | null => lookup(INFO_INDEX, text, INFO_PATTERNS));

export const headerLabel = memoize((text: string): LabelMatch<HeaderLabel> | null => lookup(HEADER_INDEX, text, HEADER_PATTERNS));

/** Any label the reader knows: a value is never taken from one. */
export function isKnownLabel(text: string): boolean {
  return infoLabel(text) !== null || headerLabel(text) !== null;
}

/** "项目名称：XXX" written in one cell: the label and the value after the colon. */
export const inlineInfoLabel = memoize((text: string): { kind: InfoLabel; value: string } | null => {
  const match = /^\s*([^:：]{2,12})\s*[:：]\s*(\S[\s\S]*)$/.exec(text.replace(/^\s*其中\s*[:：]\s*/, ''));
  if (!match) return null;
  const label = infoLabel(match[1]);
  if (!label) return null;
  return { kind: label.kind, value: match[2].trim() };
});

/** Title of a project table: "2024年XXX绩效目标表", "项目支出绩效目标申报表", "2020年项目申报表". */
export const isTableTitle = memoize((text: string): boolean => {
  const key = labelKey(text);
  if (key.length < 4 || key.length > 160) return false;
  return /(绩效目标(申报|审核|审批|批复|调整)?表|项目申报表|绩效目标申报表|绩效(评价)?指标表)(\(.*\))?$/.test(key);
});

/** Title of a department-wide table or section. */
export const isDepartmentTitle = memoize((text: string): boolean => {
  const key = labelKey(text);
  if (key.length > 80) return false;
  return /(部门|单位)整体(预算)?(支出)?绩效(目标|自评|评价)|整体支出绩效(目标|自评)/.test(key);
});

/** "（2024年度）", "2024年度" on a line of its own. */
export const yearLine = memoize((text: string): number | null => {
  const match = /^[(（]?\s*(20\d{2})\s*年度?\s*[)）]?$/.exec(labelKey(text));
  return match ? Number(match[1]) : null;
});

/** The budget year written at the start of a title or name: "2024年国动办机构运行费" → 2024. */
export function leadingYear(text: string): number | null {
  const match = /^(?:\d{1,3}[.、．]\s*)?[(（【]?\s*(20\d{2})\s*年/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** Month headers of a spending plan: "3月底", "截至6月末", "第三季度", "1-10月" → the month number. */
export const planMonth = memoize((text: string): number | null => {
  const key = labelKey(text).replace(/[(（].*[)）]$/, '');
  let match = /^(?:截至|截止|至|到)?(\d{1,2})月(?:\d{1,2}日)?(?:底|末|份|前)?(?:累计)?$/.exec(key);
  if (match) return Number(match[1]);
  // "1-3月", "1—3月", "1月至3月"
  match = /^1月?[-—–~～至到](\d{1,2})月(?:底|末)?(?:累计)?$/.exec(key);
  if (match) return Number(match[1]);
  match = /^(?:第|前)?([一二三四1-4])季度(?:末|底)?(?:累计)?$/.exec(key);
  if (match) {
    const quarter = '一二三四'.indexOf(match[1]) + 1 || Number(match[1]);
    return quarter * 3;
  }
  if (/^(上半年|半年|年中)(末|底)?$/.test(key)) return 6;
  if (/^(全年|年底|年末|全年累计)$/.test(key)) return 12;
  return null;
});

/** Rows that end a grid: totals, the evaluation's conclusions, signatures, review opinions, notes. */
const FOOTER_WORDS =
  '合计|总计|总分|合计分|自评总分|评价结论|自评结论|总体评价|存在问题|存在的问题|问题及原因|改进措施|整改措施|下一步改进措施|' +
  '其他需要说明事项|其他需要说明的事项|其他需要说明的问题|其他说明事项|其他说明|' +
  '财政部门审核意见|主管部门审核意见|部门审核意见|财政审核意见|审核意见|审批意见|单位意见|评审意见|' +
  '项目负责人|财务负责人|单位负责人|填表人|填报人|制表人|审核人|联系人|联系电话|填表日期|填报日期|' +
  '注|注释|说明|备注|填报说明|填表说明';
const FOOTER_EXACT = new RegExp(`^(${FOOTER_WORDS})(\\(.*\\))?$`);
const FOOTER_PREFIX = new RegExp(`^(${FOOTER_WORDS})[:：]`);

/** The sign-off boxes under a form, whoever signs: "财政部门支出股室初审意见", "区扶贫办审核意见", "主管部门意见". */
const FOOTER_OPINION = /(审核|初审|复审|复核|审批|审查|评审|审定|部门|单位|股室|科室|处室)意见$/;
/** A stamp or signature mark, alone in its cell: "(盖章)", "（签字）", "签章：". */
const STAMP_MARK = /^(单位)?(盖章|签章|签字|签名)[:：]?$/;

/** Footer lines that end a table: "合计", "评价结论", "填表人：", "财政部门审核意见", "注：", "注1". */
export const isFooter = memoize((text: string): boolean => {
  const key = labelKey(text);
  return (
    FOOTER_EXACT.test(key) ||
    FOOTER_PREFIX.test(squeeze(matchingForm(text.trim()))) ||
    /^注\d/.test(key) ||
    (key.length <= 24 && FOOTER_OPINION.test(key)) ||
    STAMP_MARK.test(key.replace(/^\((.*)\)$/, '$1'))
  );
});
