/**
 * Level names written as rows of their own in the names' column, the indicators below each (a budget system's 批复表
 * export: 项目 | 指标值 | 绩效金额, where the project, 产出指标, 数量指标 and each indicator take a row of the 项目
 * column, told apart on screen only by indentation). Found by what the cells hold: level names alone on their rows in
 * one column, targets beside the other names of that column.
 */
import type { SheetView } from './sheet-view';
import type { ColumnMap, IndicatorHeader } from './indicator-header';
import { columnsAround, headerKind, updateBounds } from './indicator-header';
import { contentKind, isLevelName } from './cell-content';
import { parseMoneyCell } from '../normalize/money';

/** The only text of its row: a level name on a row of its own, or a project's name (with its amount beside it). */
function aloneInRow(view: SheetView, row: number, col: number, except: number | null = null): boolean {
  for (let c = view.left; c <= view.right; c++) {
    if (c === col || c === except || view.isMergeFollower(row, c)) continue;
    if (view.text(row, c) !== '') return false;
  }
  return true;
}

/** The rows of each column that hold nothing but a level name. */
function levelRowsByColumn(view: SheetView, top: number, bottom: number): Map<number, number[]> {
  const byCol = new Map<number, number[]>();
  for (let row = top; row <= bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col) || !isLevelName(view.text(row, col))) continue;
      if (!aloneInRow(view, row, col)) break;
      const rows = byCol.get(col) ?? [];
      rows.push(row);
      byCol.set(col, rows);
      break;
    }
  }
  return byCol;
}

/** The column beside the names where the other rows' targets are (the most target-like cells, at least two). */
function targetColumn(view: SheetView, names: number, rows: number[]): number | null {
  let best: { col: number; score: number } | null = null;
  for (let col = view.left; col <= view.right; col++) {
    if (col === names) continue;
    let score = 0;
    for (const row of rows) {
      const kind = contentKind(view.text(row, col));
      if (kind === 'target') score += 2;
      else if (kind === 'number') score += 1;
    }
    if (score >= 4 && (best === null || score > best.score)) best = { col, score };
  }
  return best?.col ?? null;
}

/** The column where a project's row (its name, no target) has its amount. */
function moneyColumn(view: SheetView, names: number, value: number, rows: number[]): number | null {
  for (const row of rows) {
    if (view.text(row, value) !== '') continue;
    for (let col = view.left; col <= view.right; col++) {
      if (col === names || col === value || view.text(row, col) === '') continue;
      if (parseMoneyCell(view.value(row, col)).amount !== null && aloneInRow(view, row, names, col)) return col;
    }
  }
  return null;
}

/** The headings above the tree: the nearest row above its first level name whose cell over the targets is a value heading. */
function headingRow(view: SheetView, top: number, firstLevelRow: number, value: number): number | null {
  for (let row = firstLevelRow - 1; row >= top; row--) {
    const kind = headerKind(view.text(row, value));
    if (kind === 'value' || kind === 'valueMid') return row;
  }
  return null;
}

/** A level tree in rows [top, bottom], or null: three level names alone on their rows and two targets beside names. */
export function treeFromContent(view: SheetView, top: number, bottom: number): IndicatorHeader | null {
  let names: number | null = null;
  let levelRows: number[] = [];
  for (const [col, rows] of levelRowsByColumn(view, top, bottom)) if (rows.length > levelRows.length) [names, levelRows] = [col, rows];
  if (names === null || levelRows.length < 3) return null;
  const kinds = new Set(levelRows.map((row) => contentKind(view.text(row, names!))));
  if (!kinds.has('level1') || !(kinds.has('level2') || kinds.has('levelEither'))) return null;
  const levelSet = new Set(levelRows);
  const others: number[] = [];
  for (let row = top; row <= bottom; row++) if (!levelSet.has(row) && view.text(row, names) !== '') others.push(row);
  const value = targetColumn(view, names, others.filter((row) => row > levelRows[0]));
  if (value === null) return null;
  const heading = headingRow(view, top, levelRows[0], value);
  const bodyStart = heading === null ? levelRows[0] : heading + 1;
  const columns: ColumnMap = {
    ...columnsAround(value),
    level3: names,
    projectName: names,
    projectBudget: moneyColumn(view, names, value, others),
    levelsInNames: true,
  };
  updateBounds(view, heading ?? bodyStart, columns);
  const role = (col: number, key: string, why: string): IndicatorHeader['roles'][number] => ({ role: key, col, heading: heading === null ? null : view.text(heading, col) || null, why });
  return {
    row: heading ?? bodyStart,
    bodyStart,
    columns,
    setAside: null,
    foundBy: 'content',
    roles: [
      role(names, 'level3', `内容：${levelRows.length} 个单独成行的一级、二级指标名称，其下为指标名称`),
      role(value, 'value', '内容：指标名称一行中的指标值'),
    ].sort((a, b) => a.col - b.col),
    againstHeader: null,
  };
}
