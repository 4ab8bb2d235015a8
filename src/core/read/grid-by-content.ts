/**
 * Indicator grids read by what their cells hold: a header whose level columns the cells contradict is corrected, and a
 * grid whose headings the reader does not know is found by its level names and targets. Headings and content both
 * vote; where content wins against a heading, the header says so (`againstHeader`) for a reader note.
 */
import type { SheetView } from './sheet-view';
import type { ColumnMap, IndicatorHeader, Kind } from './indicator-header';
import { collectRow, columnsAround, headingTexts, MAPPED, updateBounds } from './indicator-header';
import type { ColumnProfile } from './cell-content';
import { contentKind, isLevelName } from './cell-content';
import { treeFromContent } from './level-tree';
import { isDepartmentTitle, isTableTitle } from './labels';
import { parseValueText } from '../normalize/value';
import { KNOWN_UNITS } from '../normalize/units';
import { matchingForm, squeeze } from '../normalize/text';
import { bestColumn, describeProfile, isNameColumn, profileColumns, SAMPLE_ROWS, targetScore, type ColumnRole } from './column-roles';

const level2Only = (p: ColumnProfile): number => p.level2;
const level1Only = (p: ColumnProfile): number => p.level1;

/** The first column right of `from` (not in `taken`) that holds mostly names. */
function nameColumnRightOf(profiles: Map<number, ColumnProfile>, from: number, taken: Set<number>): number | null {
  for (const [col, p] of profiles) if (col > from && !taken.has(col) && isNameColumn(p)) return col;
  return null;
}

/**
 * Level columns by content, for a header found by its labels: where the level-2 names stand in another column than
 * the one headed 二级指标 (数量指标 … under 一级指标, the names under 二级指标), the cells decide.
 */
export function correctByContent(view: SheetView, header: IndicatorHeader, profiles: Map<number, ColumnProfile>): void {
  const cols = header.columns;
  const level2 = bestColumn(profiles.values(), level2Only);
  if (level2 === null || level2.col === cols.level2) return;
  const current = cols.level2 === null ? 0 : profiles.get(cols.level2)?.level2 ?? 0;
  if (level2.level2 <= current || level2.col === cols.value) return;
  const level1 = bestColumn([...profiles.values()].filter((p) => p.col < level2.col), level1Only, 1);
  const hadLevel1 = cols.level1 !== null;
  cols.level2 = level2.col;
  cols.level1 = level1?.col ?? null;
  // Columns with a role of their own (explanations, bases, remarks) never become the names'.
  const taken = new Set(MAPPED.filter((key) => key !== 'level3').map((key) => cols[key] as number | null).filter((c): c is number => c !== null));
  const names = nameColumnRightOf(profiles, level2.col, taken);
  if (names !== null && names !== cols.level3) {
    // The column headed 三级指标 that lost its names to another holds something else: explanations, if anything.
    if (cols.level3 !== null && cols.description === null && (profiles.get(cols.level3)?.explanation ?? 0) >= 1) cols.description = cols.level3;
    cols.level3 = names;
  } else if (names === null && cols.level3 === level2.col) {
    // 指标名称 over level-2 names, and no column of names anywhere: the table names no indicator below its level 2.
    cols.level3 = null;
  }
  cols.level1Span = cols.level1 === null ? null : { left: cols.level1, right: cols.level1 };
  updateBounds(view, header.row, cols);
  const heading = (col: number | null): string => (col === null ? '无' : `“${view.text(header.row, col)}”（${view.address(header.row, col)}）`);
  header.againstHeader =
    `按单元格内容读取：二级指标在 ${heading(cols.level2)} 一列（${describeProfile(level2)}）` +
    (cols.level3 !== null ? `，指标名称在 ${heading(cols.level3)} 一列` : '') +
    (hadLevel1 && cols.level1 === null ? '，表中没有一级指标列' : '');
}

/**
 * Content roles for a header found by its labels: its columns' profiles over its body (up to the next header), the
 * level columns corrected where the cells contradict the headings, and each column's role with its evidence.
 */
export function applyContentRoles(view: SheetView, header: IndicatorHeader, lastRow: number, explain: boolean): void {
  const cols = header.columns;
  const last = Math.max(header.bodyStart, lastRow);
  // A first look at the level columns alone: most headers say what their cells hold, and the rest is not looked at.
  if (lastRow >= header.bodyStart && headingsInDoubt(view, header, last)) {
    correctByContent(view, header, profileColumns(view, header.bodyStart, last, cols.left, cols.right));
  }
  if (explain || header.againstHeader) header.roles = rolesOf(view, header, profileColumns(view, header.bodyStart, last, cols.left, cols.right));
}

/**
 * Whether the cells may contradict the level headings: level-2 names under the level-1 heading, or a level-2 column
 * without a level name in a filled body (the names under 二级指标, the level-2 names elsewhere).
 */
function headingsInDoubt(view: SheetView, header: IndicatorHeader, last: number): boolean {
  const { level1, level2, level3 } = header.columns;
  if (level1 === null && level2 === null) return false;
  // The two level columns counted directly (every header is asked this): level-2 names under 一级指标, and whether the
  // 二级指标 column holds any level name at all.
  const end = Math.min(last, header.bodyStart + SAMPLE_ROWS - 1);
  let level2UnderLevel1 = 0;
  let level2Filled = 0;
  let level2Names = 0;
  for (let row = header.bodyStart; row <= end; row++) {
    if (level1 !== null && !view.isMergeFollower(row, level1) && contentKind(view.text(row, level1)) === 'level2' && ++level2UnderLevel1 >= 2) return true;
    if (level2 === null || view.isMergeFollower(row, level2)) continue;
    const text = view.text(row, level2);
    if (text === '') continue;
    level2Filled++;
    const kind = contentKind(text);
    if (kind === 'level2' || kind === 'levelEither') level2Names++;
  }
  if (level2 === null && level3 !== null) {
    // No level-2 heading: the names' column may hold the level-2 names (指标类型 | 指标名称 over 数量指标 …).
    const names = profileColumns(view, header.bodyStart, last, level3, level3).get(level3);
    return names !== undefined && names.level2 >= 2 && names.level2 * 2 >= names.filled;
  }
  return level2 !== null && level2Filled >= 2 && level2Names === 0;
}

/** The roles of a header's mapped columns, each with its heading and the content found under it. */
export function rolesOf(view: SheetView, header: IndicatorHeader, profiles: Map<number, ColumnProfile>): ColumnRole[] {
  const cols = header.columns;
  const roles: ColumnRole[] = [];
  for (const key of MAPPED) {
    const col = cols[key] as number | null;
    if (col === null || roles.some((r) => r.role === key)) continue;
    const heading = header.foundBy === 'labels' || header.row < header.bodyStart ? view.text(header.row, col) || null : null;
    const profile = profiles.get(col);
    const unknown = header.foundBy === 'content' ? '（未识别）' : '';
    const why = [heading ? `标题“${heading}”${unknown}` : '', profile ? describeProfile(profile) : ''].filter(Boolean).join('；');
    roles.push({ role: key, col, heading, why });
  }
  return roles.sort((a, b) => a.col - b.col);
}

/** Blocks of non-blank rows (one blank row inside is allowed), split at the rows of headers already found. */
function segments(view: SheetView, knownRows: Set<number>): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  let top = -1;
  let blank = 0;
  const close = (bottom: number): void => {
    if (top >= 0) out.push({ top, bottom });
    top = -1;
  };
  for (let row = view.top; row <= view.bottom; row++) {
    if (knownRows.has(row)) {
      close(row - 1 - blank);
      blank = 0;
      continue; // what follows a known header is that header's grid, up to the next blank gap
    }
    let first = '';
    for (let col = view.left; col <= view.right && first === ''; col++) first = view.text(row, col);
    if (first === '') {
      blank++;
      if (blank >= 2 && top >= 0) close(row - blank);
      continue;
    }
    // A table's title starts a new block: two tables stacked with one blank row between them are two.
    if (top >= 0 && (isTableTitle(first) || isDepartmentTitle(first))) close(row - 1 - blank);
    if (top < 0) top = row;
    blank = 0;
  }
  close(view.bottom - blank);
  return out;
}

function rowHasText(view: SheetView, row: number): boolean {
  for (let col = view.left; col <= view.right; col++) if (view.text(row, col) !== '') return true;
  return false;
}

/** The rows below a known header, up to its first gap of two blank rows: its own grid, never a new one. */
function knownGridRows(view: SheetView, known: IndicatorHeader[]): Set<number> {
  const rows = new Set<number>();
  for (const header of known) {
    // A header among the rows of one above (stacked tables without a gap) runs to the same gap: nothing to add.
    if (rows.has(header.row) && rowHasText(view, header.row)) continue;
    let blank = 0;
    for (let row = header.row; row <= view.bottom; row++) {
      blank = rowHasText(view, row) ? 0 : blank + 1;
      if (blank >= 2) break;
      rows.add(row);
    }
  }
  return rows;
}

const LABELLED_ROLES: Partial<Record<Kind, keyof ColumnMap>> = {
  description: 'description',
  comparator: 'comparator',
  comparatorWeak: 'comparator',
  unit: 'unit',
  basis: 'basis',
  weight: 'weight',
  valueType: 'valueType',
  direction: 'direction',
  actual: 'actual',
  score: 'score',
  reason: 'reason',
};

/** A grid in rows [top, bottom] found by its cells, or null when they do not make one (level names alone do not). */
function gridFromContent(view: SheetView, top: number, bottom: number, explain: boolean): IndicatorHeader | null {
  let bodyTop = -1;
  let levels = 0;
  for (let row = top; row <= bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col) || !isLevelName(view.text(row, col))) continue;
      levels++;
      if (bodyTop < 0) bodyTop = row;
    }
  }
  if (levels < 3) return null;
  const profiles = profileColumns(view, bodyTop, bottom, view.left, view.right);
  const level2 = bestColumn(profiles.values(), (p) => p.level2 + p.levelEither);
  const level1 = bestColumn([...profiles.values()].filter((p) => level2 === null || p.col < level2.col), (p) => p.level1 + p.levelEither, level2 ? 1 : 2);
  const levelCols = [level1, level2].filter((p): p is ColumnProfile => p !== null);
  if (levelCols.length === 0) return null;
  const rightmost = Math.max(...levelCols.map((p) => p.col));
  const taken = new Set(levelCols.map((p) => p.col));
  const names = nameColumnRightOf(profiles, rightmost, taken);
  if (names === null) return null;
  taken.add(names);
  // The header row: the row just above the first level name, when it holds headings rather than data.
  const headerRow = bodyTop - 1 >= top && rowLooksLikeHeadings(view, bodyTop - 1) ? bodyTop - 1 : null;
  const labelled = headerRow === null ? [] : collectRow(view, headerRow);
  const labelledCols = new Map(labelled.map((c) => [c.col, c.kind]));
  const candidates = [...profiles.values()].filter((p) => p.col > names && !taken.has(p.col) && (labelledCols.get(p.col) ?? 'value') === 'value');
  // The targets: the column with the most target-like cells; bare numbers alone (weights, scores) only where no
  // column holds such cells.
  const value = splitTarget(view, candidates, bodyTop, bottom) ?? bestColumn(candidates, (p) => p.target, 2) ?? bestColumn(candidates, targetScore, 2);
  if (value === null) return null;
  const columns: ColumnMap = {
    ...columnsAround(value.col),
    level1: level1?.col ?? null,
    level1Span: level1 ? { left: level1.col, right: level1.col } : null,
    level2: level2?.col ?? null,
    level3: names,
  };
  for (const cell of labelled) {
    const key = LABELLED_ROLES[cell.kind];
    if (key && columns[key] === null && cell.col !== names && cell.col !== value.col) (columns[key] as number | null) = cell.col;
  }
  if (columns.description === null) {
    const explained = bestColumn([...profiles.values()].filter((p) => !taken.has(p.col) && p.col !== value.col), (p) => p.explanation, 2);
    if (explained) columns.description = explained.col;
  }
  // A column headed as the basis (绩效标准) whose cells explain the indicators (反映…) is their explanation.
  if (columns.basis !== null && columns.basis === columns.description) columns.basis = null;
  columns.comparator ??= columns.direction;
  targetPartsBeside(view, columns, bodyTop, bottom);
  updateBounds(view, headerRow ?? bodyTop, columns);
  const header: IndicatorHeader = {
    row: headerRow ?? bodyTop,
    bodyStart: bodyTop,
    columns,
    setAside: null,
    foundBy: 'content',
    roles: [],
    againstHeader: null,
  };
  // The columns it took are said in a note whether or not the evidence is asked for.
  header.roles = explain ? rolesOf(view, header, profiles) : rolesOf(view, header, new Map());
  return header;
}

/** A comparator written alone (≥, =, 不低于) or a target's kind in its place (定性, 正向). */
const isComparatorCell = (key: string): boolean =>
  key.length <= 4 && !/\d/.test(key) && (parseValueText(`${key}1`).comparatorWritten !== null || /^(定性|定量|正向|反向|中性)(指标)?$/.test(key));

const isUnitCell = (key: string): boolean => key === '%' || KNOWN_UNITS.includes(key);

/** Whether most filled cells of a column over the rows pass the test, and none is long or holds a digit. */
function columnOf(view: SheetView, col: number, top: number, bottom: number, test: (key: string) => boolean): boolean {
  let filled = 0;
  let passing = 0;
  for (let row = top; row <= bottom; row++) {
    const text = view.text(row, col);
    if (text === '' || view.isMergeFollower(row, col)) continue;
    const key = squeeze(matchingForm(text));
    if (key.length > 8 || /\d/.test(key)) return false;
    filled++;
    if (test(key)) passing++;
  }
  return filled >= 2 && passing * 5 >= filled * 3;
}

/**
 * A target split over three columns (≧ | 735 | 人次): the first column of numbers with comparators on its left and
 * units on its right holds the targets, whatever columns of actuals or scores follow it.
 */
function splitTarget(view: SheetView, candidates: ColumnProfile[], top: number, bottom: number): ColumnProfile | null {
  for (const p of candidates) {
    if (p.number + p.target < 2) continue;
    if (columnOf(view, p.col - 1, top, bottom, isComparatorCell) && columnOf(view, p.col + 1, top, bottom, isUnitCell)) return p;
  }
  return null;
}

/**
 * With no heading to say so, the columns just beside the targets whose cells are comparators (≥ | 116) or units
 * (116 | 人) are the target's parts: the value joins them.
 */
function targetPartsBeside(view: SheetView, columns: ColumnMap, top: number, bottom: number): void {
  const left = columns.value - 1;
  const right = columns.value + 1;
  const free = (col: number): boolean => col >= view.left && col <= view.right && !MAPPED.some((key) => columns[key] === col);
  if (columns.comparator === null && free(left) && columnOf(view, left, top, bottom, isComparatorCell)) columns.comparator = left;
  if (columns.unit === null && free(right) && columnOf(view, right, top, bottom, isUnitCell)) columns.unit = right;
}

/**
 * Headings, not data: at least two short texts, none a level name, a target or a number. A long text is allowed
 * among two or more headings the reader knows (a page's note run into the first heading cell).
 */
function rowLooksLikeHeadings(view: SheetView, row: number): boolean {
  const headings = headingTexts(view, row);
  if (headings === null) return false;
  return headings.long === 0 ? headings.short >= 2 : headings.long === 1 && headings.known >= 2;
}

/** Grids the labels did not find: blocks holding level names and targets outside every known header's grid. */
export function findContentGrids(view: SheetView, known: IndicatorHeader[], explain: boolean): IndicatorHeader[] {
  const covered = knownGridRows(view, known);
  const found: IndicatorHeader[] = [];
  for (const segment of segments(view, covered)) {
    const header = treeFromContent(view, segment.top, segment.bottom) ?? gridFromContent(view, segment.top, segment.bottom, explain);
    if (header) found.push(header);
  }
  return found;
}
