/**
 * What a cell holds, judged from its text alone: a level-1 or level-2 name, a target, an explanation, a bare number,
 * a short phrase. Columns of an indicator grid are then told apart by what most of their cells hold, whatever their
 * heading says (the heading is one piece of evidence among others).
 */
import { isKnownLevel2 } from '../vocabulary/taxonomy';
import { baseName, isLocalLevel1, standardLevel1 } from '../normalize/level-name';
import { memoize, squeeze, matchingForm } from '../normalize/text';
import { parseValueText } from '../normalize/value';

export type ContentKind =
  | 'level1' // 产出指标, 效益指标, 预期产出指标 …
  | 'level2' // 数量指标, 社会效益指标 …
  | 'levelEither' // 成本指标, 满意度指标: level 1 in one framework, level 2 in the other
  | 'target' // ≥95%, 500人, 2024年12月底前, 100%
  | 'explanation' // 反映…情况, a sentence
  | 'number' // 20, 0.95: a weight, a score or a bare value
  | 'phrase' // 培训人次: a short name
  | 'other';

const EXPLANATION_START = /^(?:用于|主要)?(?:反映|考察|考核|衡量|体现|说明|是指|指(?!标))/;
/** Periods and dates: a time target whatever the indicator is called. */
const DATE_LIKE = /^(?:\d{4}年)?(?:\d{1,2}月)(?:\d{1,2}日)?(?:底|末)?(?:前|之前|以前|内|完成)?$|^\d{4}年(?:底|末)?(?:前|之前|以前|内|完成)?$|^\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?$/;

/** The level a cell's text names, or null: remembered apart from contentKind, which also parses the text as a value. */
const levelKind = memoize((text: string): ContentKind | null => {
  const key = squeeze(matchingForm(text));
  if (key.length < 2 || key.length > 20) return null;
  const level1 = standardLevel1(key) !== null || isLocalLevel1(key);
  const level2 = isKnownLevel2(baseName(key));
  if (level1 && level2) return 'levelEither';
  if (level1) return 'level1';
  if (level2) return 'level2';
  return null;
});

export const contentKind = memoize((text: string): ContentKind => {
  const key = squeeze(matchingForm(text));
  if (key === '') return 'other';
  const level = levelKind(text);
  if (level) return level;
  if (/^[+-]?\d+(?:\.\d+)?$/.test(key)) return 'number';
  if (DATE_LIKE.test(key)) return 'target';
  if (EXPLANATION_START.test(key) || key.length > 40) return 'explanation';
  const parsed = parseValueText(key);
  if (parsed.kind === 'quantitative' && !parsed.inSentence && (parsed.comparatorWritten !== null || parsed.unit !== null)) {
    return 'target';
  }
  if (key.length <= 25 && /[\u4e00-\u9fff]/.test(key)) return 'phrase';
  return 'other';
});

/** What contentKind says of a level name, without parsing the text as a value (most callers ask only this). */
export const isLevelName = (text: string): boolean => levelKind(text) !== null;

/** How many cells of one column, over some rows, hold each kind of content. */
export interface ColumnProfile {
  col: number;
  filled: number;
  level1: number;
  level2: number;
  levelEither: number;
  target: number;
  explanation: number;
  number: number;
  phrase: number;
  other: number;
}

export function emptyProfile(col: number): ColumnProfile {
  return { col, filled: 0, level1: 0, level2: 0, levelEither: 0, target: 0, explanation: 0, number: 0, phrase: 0, other: 0 };
}

/** Adds one cell's text to a column's profile. */
export function countCell(profile: ColumnProfile, text: string): void {
  if (text === '') return;
  profile.filled++;
  profile[contentKind(text)]++;
}
