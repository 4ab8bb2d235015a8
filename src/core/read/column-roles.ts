/**
 * Roles from content, headings as evidence. A column in which several cells are level-2 names is the level-2 column
 * whatever its heading says; the column of short phrases beside it holds the names; the column whose cells parse as
 * targets holds the targets. Two uses:
 * - correcting a header the reader found by its labels when the cells say otherwise (数量指标 … under 一级指标);
 * - finding a grid whose headings the reader does not know at all (类别 | 项目 | 内容 | 当年预期实现值).
 * Every decision keeps its evidence, for `ptcheck extract --explain` and for the reader's notes.
 */
import type { SheetView } from './sheet-view';
import { countCell, emptyProfile, type ColumnProfile } from './cell-content';

/** One column's role and why the reader gave it. */
export interface ColumnRole {
  role: string;
  col: number;
  /** The heading over the column, when there is one. */
  heading: string | null;
  /** In words: "标题" (its heading), "内容：5 个二级指标名称" (its cells), or both. */
  why: string;
}

/** Rows of a grid's body in which the reader looks at the cells: enough to vote, not the whole sheet. */
export const SAMPLE_ROWS = 150;

/** Each column's profile over the rows (each merged area counted once, at its top-left cell). */
export function profileColumns(view: SheetView, top: number, bottom: number, left: number, right: number): Map<number, ColumnProfile> {
  const profiles = new Map<number, ColumnProfile>();
  const last = Math.min(bottom, top + SAMPLE_ROWS - 1);
  for (let col = left; col <= right; col++) profiles.set(col, emptyProfile(col));
  for (let row = top; row <= last; row++) {
    for (let col = left; col <= right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      countCell(profiles.get(col)!, view.text(row, col));
    }
  }
  return profiles;
}

/** The column where the most cells are of one kind (at least `min`), leftmost on a tie; null when none reaches it. */
export function bestColumn(profiles: Iterable<ColumnProfile>, score: (p: ColumnProfile) => number, min = 2): ColumnProfile | null {
  let best: ColumnProfile | null = null;
  for (const p of profiles) {
    const s = score(p);
    if (s >= min && (best === null || s > score(best))) best = p;
  }
  return best;
}

/**
 * Mostly names: text that is no target and no level name makes at least half of the column and at least two cells
 * (names run long in real forms: "指标1:完成开发区…清算任务,指导小区物业开展文明创建等工作。").
 */
export const isNameColumn = (p: ColumnProfile | undefined): boolean => {
  if (p === undefined) return false;
  const texts = p.phrase + p.explanation + p.other;
  return p.phrase >= 1 && texts >= 2 && texts * 2 >= p.filled && p.target * 2 < p.filled;
};

/** A column of targets: target-like cells (or bare numbers) make at least half of it. */
export const targetScore = (p: ColumnProfile): number => p.target * 2 + p.number;

export function describeProfile(p: ColumnProfile): string {
  const parts: string[] = [];
  if (p.level1) parts.push(`${p.level1} 个一级指标名称`);
  if (p.level2) parts.push(`${p.level2} 个二级指标名称`);
  if (p.levelEither) parts.push(`${p.levelEither} 个一级或二级指标名称`);
  if (p.phrase) parts.push(`${p.phrase} 个短语`);
  if (p.target) parts.push(`${p.target} 个指标值`);
  if (p.number) parts.push(`${p.number} 个数字`);
  if (p.explanation) parts.push(`${p.explanation} 段说明`);
  return parts.length ? `内容：${parts.join('、')}` : '内容：空';
}
