/**
 * Finding the header row of an indicator grid (一级指标 | 二级指标 | 三级指标 | ... | 指标值) and mapping its columns.
 */
import type { SheetView } from './sheet-view';
import { headerLabel, infoLabel, type HeaderLabel, type InfoLabel } from './labels';

export interface ColumnMap {
  level1: number;
  level2: number | null;
  level3: number | null;
  description: number | null;
  value: number;
  /** The columns under a "指标值" header merged across several (a value written in two cells: "≥" | "2000人次"). */
  valueSpan: { left: number; right: number };
  comparator: number | null;
  unit: number | null;
  basis: number | null;
  weight: number | null;
  /** Flat exports carry the project on every row, sometimes with its money and goal. */
  projectCode: number | null;
  projectName: number | null;
  projectBudget: number | null;
  projectFiscal: number | null;
  projectOther: number | null;
  projectGoal: number | null;
  /** Leftmost and rightmost columns of the grid. */
  left: number;
  right: number;
}

export interface IndicatorHeader {
  row: number;
  /** The first row of indicators (after a sub-header row such as 比较符 | 指标值 | 计量单位). */
  bodyStart: number;
  columns: ColumnMap;
}

type ProjectColumn = 'projectCode' | 'projectName' | 'projectBudget' | 'projectFiscal' | 'projectOther' | 'projectGoal';
type Found = Partial<Record<HeaderLabel | ProjectColumn, number[]>>;

const PROJECT_COLUMNS: Partial<Record<InfoLabel, ProjectColumn>> = {
  code: 'projectCode',
  name: 'projectName',
  budget: 'projectBudget',
  budgetAnnual: 'projectBudget',
  fiscal: 'projectFiscal',
  other: 'projectOther',
  goal: 'projectGoal',
  goalAnnual: 'projectGoal',
};

function collectRow(view: SheetView, row: number): Found {
  const found: Found = {};
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    const header = headerLabel(text);
    let kind: keyof Found | null = header ? header.kind : null;
    if (!kind) {
      const info = infoLabel(text);
      kind = (info && PROJECT_COLUMNS[info.kind]) ?? null;
    }
    if (kind) (found[kind] ??= []).push(col);
  }
  return found;
}

function isHeaderRow(found: Found): boolean {
  return found.level1 !== undefined && (found.value !== undefined || found.valueMid !== undefined) &&
    (found.level2 !== undefined || found.level3 !== undefined);
}

/**
 * When one header holds two grids side by side (中期 | 年度), keep the one headed 年度 in the rows above, else the last.
 */
function chooseGroup(view: SheetView, row: number, found: Found): { from: number; to: number } {
  const starts = found.level1!;
  if (starts.length < 2) return { from: view.left, to: view.right };
  const groups = starts.map((start, i) => ({ from: start, to: i + 1 < starts.length ? starts[i + 1] - 1 : view.right }));
  for (const group of groups) {
    for (let r = row - 1; r >= Math.max(view.top, row - 2); r--) {
      for (let c = group.from; c <= group.to; c++) if (/年度/.test(view.text(r, c)) && !/中期/.test(view.text(r, c))) return group;
    }
  }
  return groups[groups.length - 1];
}

function first(list: number[] | undefined, from: number, to: number): number | null {
  const hit = list?.find((c) => c >= from && c <= to);
  return hit === undefined ? null : hit;
}

function buildColumns(view: SheetView, row: number, found: Found): ColumnMap | null {
  const { from, to } = chooseGroup(view, row, found);
  const level1 = first(found.level1, from, to);
  const value = first(found.value, from, to) ?? first(found.valueMid, from, to);
  if (level1 === null || value === null) return null;
  const columns: ColumnMap = {
    level1,
    level2: first(found.level2, from, to),
    level3: first(found.level3, from, to),
    description: first(found.description, from, to),
    value,
    valueSpan: { left: value, right: view.mergeAt(row, value)?.right ?? value },
    comparator: first(found.comparator, from, to) ?? first(found.comparatorWeak, from, to),
    unit: first(found.unit, from, to),
    basis: first(found.basis, from, to),
    weight: first(found.weight, from, to),
    projectCode: first(found.projectCode, view.left, to),
    projectName: first(found.projectName, view.left, to),
    projectBudget: null,
    projectFiscal: null,
    projectOther: null,
    projectGoal: null,
    left: level1,
    right: level1,
  };
  if (columns.projectCode !== null || columns.projectName !== null) {
    columns.projectBudget = first(found.projectBudget, view.left, to);
    columns.projectFiscal = first(found.projectFiscal, view.left, to);
    columns.projectOther = first(found.projectOther, view.left, to);
    columns.projectGoal = first(found.projectGoal, view.left, to);
  }
  const used = [
    columns.level1,
    columns.level2,
    columns.level3,
    columns.description,
    columns.value,
    columns.comparator,
    columns.unit,
    columns.basis,
    columns.weight,
    columns.projectCode,
    columns.projectName,
    columns.projectBudget,
    columns.projectFiscal,
    columns.projectOther,
    columns.projectGoal,
  ].filter((c): c is number => c !== null);
  columns.left = Math.min(...used);
  columns.right = Math.max(...used);
  // A "指标值" header merged over several columns spans the value's own unit column too.
  const valueArea = view.mergeAt(row, value);
  if (valueArea) columns.right = Math.max(columns.right, valueArea.right);
  return columns;
}

/**
 * A row just below the header that splits a merged "指标值" into 比较符 | 指标值 | 计量单位 (or names those
 * columns for the first time) refines the map; the indicators then start one row later.
 */
function applySubHeader(view: SheetView, row: number, columns: ColumnMap): boolean {
  if (row > view.bottom) return false;
  const found = collectRow(view, row);
  if (found.level1 || found.projectName || found.projectCode) return false;
  const refines = found.comparator || found.unit || found.value || found.basis;
  if (!refines) return false;
  // Every non-empty cell of the row must be a header label: a real indicator row never is.
  for (let col = view.left; col <= view.right; col++) {
    const text = view.text(row, col);
    const area = view.mergeAt(row, col);
    if (text === '' || (area !== null && area.top < row)) continue; // part of a header cell merged down
    if (!headerLabel(text)) return false;
  }
  if (found.comparator) columns.comparator = found.comparator[0];
  if (found.unit) columns.unit = found.unit[0];
  if (found.value) columns.value = found.value[0];
  columns.valueSpan = { left: columns.value, right: columns.value };
  if (found.basis) columns.basis = found.basis[0];
  columns.left = Math.min(columns.left, ...[columns.comparator, columns.unit].filter((c): c is number => c !== null));
  columns.right = Math.max(columns.right, ...[columns.comparator, columns.unit].filter((c): c is number => c !== null));
  return true;
}

/** Every indicator header in the sheet, top to bottom. */
export function findIndicatorHeaders(view: SheetView): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    const found = collectRow(view, row);
    if (!isHeaderRow(found)) continue;
    const columns = buildColumns(view, row, found);
    if (!columns) continue;
    const hasSubHeader = applySubHeader(view, row + 1, columns);
    headers.push({ row, bodyStart: hasSubHeader ? row + 2 : row + 1, columns });
    if (hasSubHeader) row++;
  }
  return headers;
}
