/**
 * Finding the header row of an indicator grid (一级指标 | 二级指标 | 三级指标 | ... | 指标值) and mapping its columns:
 * two-row headers (年度指标值 over 指标性质 | 指标值 | 度量单位; 单位代码 merged down beside 一级指标), grids side by side
 * (中期 | 年度, 长期 | 年度, sharing one level-1 column or not), and the columns of flat exports and self-evaluations.
 */
import type { SheetView } from './sheet-view';
import { headerLabel, infoLabel, type HeaderLabel, type InfoLabel } from './labels';
import { labelKey, memoize } from '../normalize/text';
import type { ColumnRole } from './column-roles';
import { applyContentRoles, findContentGrids } from './grid-by-content';
import { contentKind, isLevelName } from './cell-content';

export interface ColumnMap {
  /** Null where the table has no level-1 column (its rows are read with the level unknown). */
  level1: number | null;
  /** The columns under a "一级指标" heading merged across several (a section label "绩效指标" beside the names). */
  level1Span: { left: number; right: number } | null;
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
  /** 指标值类型 (定量/定性) and 指标方向性 (正向/反向), kept as written. */
  valueType: number | null;
  direction: number | null;
  /** Self-evaluations: the actual value, the score and the reason for a shortfall. */
  actual: number | null;
  score: number | null;
  reason: number | null;
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
  /** Level names written as rows of their own in the names' column, above the indicators they head (level-tree.ts). */
  levelsInNames?: boolean;
}

export interface IndicatorHeader {
  row: number;
  /** The first row of indicators (after a sub-header row such as 比较符 | 指标值 | 计量单位). */
  bodyStart: number;
  columns: ColumnMap;
  /** A value column chosen among several that the header names by place or unit (笏石街道办 | 埭头镇): the others. */
  valueChoice?: { cell: string; text: string; others: string[] };
  /** The other grid of a side-by-side header (中期, 长期), when one was set aside: its name and value columns. */
  setAside: { left: number; right: number; names: number[] } | null;
  /** Found by its labels, or by what its cells hold (no heading the reader knows). */
  foundBy: 'labels' | 'content';
  /** Each mapped column's role and the evidence for it. */
  roles: ColumnRole[];
  /** Where the cells contradicted the headings and won: what was read otherwise, for a note. */
  againstHeader: string | null;
}

type ProjectColumn = 'projectCode' | 'projectName' | 'projectBudget' | 'projectFiscal' | 'projectOther' | 'projectGoal';
export type Kind = HeaderLabel | ProjectColumn;

export interface HeaderCell {
  col: number;
  kind: Kind;
  /** The label's text ("二级指标(长期)", "年度指标值"): which half of a side-by-side grid it heads. */
  text: string;
  /** False when the cell only shows a label merged down from the row above. */
  own: boolean;
}

const PROJECT_COLUMNS: Partial<Record<InfoLabel, ProjectColumn>> = {
  code: 'projectCode',
  name: 'projectName',
  budget: 'projectBudget',
  budgetAnnual: 'projectBudget',
  fiscal: 'projectFiscal',
  other: 'projectOther',
  goal: 'projectGoal',
  goalAnnual: 'projectGoal',
  goalMid: 'projectGoal',
};

/** Column headings that name the project's columns in flat exports only (单位代码 beside 一级指标). */
const FLAT_ONLY = new Map<string, ProjectColumn>([
  ['单位代码', 'projectCode'],
  ['单位编码', 'projectCode'],
  ['单位(专项)名称', 'projectName'],
  ['单位(项目)名称', 'projectName'],
  ['单位名称', 'projectName'],
]);

export const headerKind = memoize((text: string): Kind | null => {
  const header = headerLabel(text);
  if (header) return header.kind;
  const flat = FLAT_ONLY.get(labelKey(text));
  if (flat) return flat;
  const info = infoLabel(text);
  return (info && PROJECT_COLUMNS[info.kind]) ?? null;
});

/** The labels of a row, each merged area once; labels merged down from the row above count too (two-row headers). */
export function collectRow(view: SheetView, row: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = view.left; col <= view.right; col++) {
    const area = view.mergeAt(row, col);
    if (area && area.left < col) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    const kind = headerKind(text);
    if (kind) cells.push({ col, kind, text, own: !area || area.top === row });
  }
  const named = withLoneLevel2AsNames(view, row, withLevel1ByContent(view, row, withInferredLevel1(view, row, cells)));
  return withGradeBands(view, row, withSectionAsNames(withLevelsInOrder(view, row, named)));
}

/**
 * No level-1 heading (lost, or garbled into a page's note), but the column just left of 二级指标 holds level-1 names
 * (产出指标, 效益指标): that column is the level-1 column.
 */
function withLevel1ByContent(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  const level2 = cells.find((c) => c.kind === 'level2');
  if (!level2 || level2.col <= view.left || cells.some((c) => c.kind === 'level1')) return cells;
  const col = view.source(row, level2.col - 1).col;
  if (cells.some((c) => c.col === col)) return cells;
  let firsts = 0;
  for (let r = row + 1; r <= Math.min(view.bottom, row + 12); r++) {
    if (view.isMergeFollower(r, col)) continue;
    const kind = contentKind(view.text(r, col));
    if (kind === 'level1' || kind === 'levelEither') firsts++;
    else if (kind !== 'other' || view.text(r, col) !== '') return cells;
  }
  return firsts >= 1 ? [{ col, kind: 'level1', text: view.text(row, col), own: true }, ...cells] : cells;
}

/**
 * A lone 二级指标 heading (no level-1 or names heading) over names rather than level names, beside the grid's other
 * headings (计量单位 | 年初指标值 | 全年完成值): a list of indicators by name whose name column was headed wrong.
 */
function withLoneLevel2AsNames(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  const level2 = cells.filter((c) => c.kind === 'level2');
  if (level2.length !== 1 || cells.some((c) => c.kind === 'level1' || c.kind === 'level3')) return cells;
  let names = 0;
  for (let r = row + 1; r <= Math.min(view.bottom, row + 12); r++) {
    const text = view.text(r, level2[0].col);
    if (text === '' || view.isMergeFollower(r, level2[0].col)) continue;
    if (isLevelName(text)) return cells;
    names++;
  }
  return names >= 2 ? cells.map((c) => (c === level2[0] ? { ...c, kind: 'level3' as Kind } : c)) : cells;
}

/**
 * 二级指标 | 一级指标, with level-1 names (产出指标, 实施效果指标) under the left heading: the headings were swapped, for the
 * level-1 column stands left of the level-2 column.
 */
function withLevelsInOrder(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  const level1 = cells.find((c) => c.kind === 'level1');
  const level2 = cells.find((c) => c.kind === 'level2');
  if (!level1 || !level2 || level2.col > level1.col) return cells;
  let firsts = 0;
  let seconds = 0;
  for (let r = row + 1; r <= Math.min(view.bottom, row + 12); r++) {
    if (view.isMergeFollower(r, level2.col)) continue;
    const kind = contentKind(view.text(r, level2.col));
    if (kind === 'level1' || kind === 'levelEither') firsts++;
    else if (kind === 'level2') seconds++;
  }
  if (firsts === 0 || seconds > 0) return cells;
  return cells.map((c) => (c === level1 ? { ...c, kind: 'level2' as Kind } : c === level2 ? { ...c, kind: 'level1' as Kind } : c));
}

/**
 * 绩效指标分类 | 绩效指标 | … : a 绩效指标 heading right of the level-1 column, where no column is headed for the names,
 * heads the names.
 */
function withSectionAsNames(cells: HeaderCell[]): HeaderCell[] {
  const level1 = cells.find((c) => c.kind === 'level1');
  if (!level1 || cells.some((c) => c.kind === 'level2' || c.kind === 'level3')) return cells;
  const section = cells.find((c) => c.kind === 'indicatorSection' && c.col > level1.col);
  return section ? cells.map((c) => (c === section ? { ...c, kind: 'level3' as Kind } : c)) : cells;
}

/** The best band of a grading scale: 优, 优秀, 好. */
const TOP_GRADE = /^(优|优秀|好|A)$/;

/**
 * The older forms' 评价标准 split into grades (绩效指标评价标准 over 优 | 良 | 中 | 差): where no column is headed as the
 * target, the best grade's column holds it.
 */
function withGradeBands(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  if (cells.some((c) => c.kind === 'value' || c.kind === 'valueMid') || row + 1 > view.bottom) return cells;
  // 绩效指标 | 绩效目标 | 绩效标准(优 良 中 差): the column headed 绩效目标 beside the names holds the targets.
  const names = cells.find((c) => c.kind === 'level3');
  const goal = names && cells.find((c) => c.kind === 'projectGoal' && c.col > names.col && /^绩效目标(值)?$/.test(labelKey(c.text)));
  if (goal) return cells.map((c) => (c === goal ? { ...c, kind: 'value' as Kind } : c));
  const standard = cells.find((c) => c.kind === 'basis' && /标准/.test(labelKey(c.text)));
  const area = standard ? view.mergeAt(row, standard.col) : null;
  if (!standard || !area || area.right <= area.left || !TOP_GRADE.test(labelKey(view.text(row + 1, standard.col)))) return cells;
  return cells.map((c) => (c === standard ? { ...c, kind: 'value' as Kind, text: `${c.text}(${view.text(row + 1, standard.col)})` } : c));
}

const GRADE = /^(优|良|中|差|优秀|良好|合格|不合格|一般|较差|好|较好)$/;

/**
 * A row of grades under a grading heading (优 | 良 | 中 | 差) while the other headings are merged down over it: the
 * header's second row, read past.
 */
function isGradeRow(view: SheetView, row: number, columns: ColumnMap): boolean {
  if (row > view.bottom) return false;
  let grades = 0;
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    if (!GRADE.test(labelKey(text))) return false;
    grades++;
  }
  return grades >= 2 && (view.mergeAt(row - 1, columns.level3 ?? columns.value)?.bottom ?? row - 1) >= row;
}

/**
 * A level-1 heading misspelt in the published form ("级指标" with its 一 lost): the short "…指标" heading just left of
 * 二级指标, in a row that has 三级指标 and a value heading too, is the level-1 column.
 */
function withInferredLevel1(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  if (cells.length < 2 || cells.some((c) => c.kind === 'level1')) return cells;
  const level2 = cells.find((c) => c.kind === 'level2');
  if (!level2 || !cells.some((c) => c.kind === 'level3') || !cells.some((c) => c.kind === 'value' || c.kind === 'valueMid')) return cells;
  for (let col = level2.col - 1; col >= view.left; col--) {
    const area = view.mergeAt(row, col);
    if (area && area.left < col) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    if (text.length > 6 || !/指标$/.test(labelKey(text))) return cells;
    return [{ col, kind: 'level1', text, own: !area || area.top === row }, ...cells];
  }
  return cells;
}

const ofKind = (cells: HeaderCell[], ...kinds: Kind[]): HeaderCell[] => cells.filter((c) => kinds.includes(c.kind));

/** 单位名称 names the project column only where no 项目名称 column stands beside it (then it is the agency's). */
function projectNameCol(cells: HeaderCell[]): number | null {
  const names = ofKind(cells, 'projectName');
  const proper = names.find((c) => !FLAT_ONLY.has(labelKey(c.text)));
  return (proper ?? names[0])?.col ?? null;
}

/**
 * One row per indicator with no level names at all (指标名称 | 计量单位 | 指标性质 | 年初指标值 | 全年完成值 | 权重 | 得分):
 * a name column, a target or actual column and at least two more of the grid's own columns, and no level heading.
 */
function isLevelFreeHeaderRow(cells: HeaderCell[]): boolean {
  if (!cells.some((c) => c.kind === 'level3' && c.own)) return false;
  if (cells.some((c) => c.kind === 'level1' || c.kind === 'level2')) return false;
  if (!cells.some((c) => c.kind === 'value' || c.kind === 'actual')) return false;
  const gridKinds = new Set(cells.filter((c) => ['unit', 'comparator', 'comparatorWeak', 'actual', 'weight', 'score', 'value', 'reason', 'direction', 'valueType'].includes(c.kind)).map((c) => c.kind));
  return gridKinds.size >= 3;
}

function isHeaderRow(cells: HeaderCell[]): boolean {
  if (cells.length < 3) return false;
  if (isLevelFreeHeaderRow(cells)) return true;
  let level1 = false;
  let level2 = false;
  let level3 = false;
  let value = false;
  let own = false;
  for (const c of cells) {
    const grid = c.kind === 'level1' || c.kind === 'level2' || c.kind === 'level3' || c.kind === 'value' || c.kind === 'valueMid';
    if (c.kind === 'level1') level1 = true;
    else if (c.kind === 'value' || c.kind === 'valueMid') value = true;
    else if (c.kind === 'level2') level2 = true;
    else if (c.kind === 'level3') level3 = true;
    // A row that only repeats labels merged down from the header above is that header's second row.
    if (grid && c.own) own = true;
  }
  // 二级指标 | 三级指标 | 指标值 with no level-1 heading (a page that lost it) is a header too.
  return value && own && ((level1 && (level2 || level3)) || (level2 && level3));
}

/** Which half of a side-by-side grid a heading names: +1 this year's, -1 the mid- or long-term one, 0 neither. */
export const termOf = memoize(function termOf(text: string): number {
  const key = labelKey(text);
  if (/中期|长期|实施期|滚动|\d{4}年?[-—–~～至]+\d{4}/.test(key)) return -1;
  if (/年度|当年|本年|\d{4}年/.test(key)) return 1;
  return 0;
});

interface Group {
  from: number;
  to: number;
  cells: HeaderCell[];
}

/**
 * Splits a header into grids side by side: a new grid starts where a level-2, level-3 or value heading repeats.
 * A single level-1 column on the left is shared by every grid (东莞's 批复表).
 */
function splitGroups(view: SheetView, cells: HeaderCell[]): Group[] {
  const roles = cells.filter((c) => c.kind === 'level1' || c.kind === 'level2' || c.kind === 'level3' || c.kind === 'value' || c.kind === 'valueMid');
  const repeats = (kind: 'level2' | 'level3'): boolean => ofKind(roles, kind).length > 1;
  const level1s = ofKind(roles, 'level1');
  if (!repeats('level2') && !repeats('level3') && level1s.length < 2) return [{ from: view.left, to: view.right, cells }];
  const starts: number[] = [];
  let seen = new Set<Kind>();
  for (const cell of roles) {
    const kind = cell.kind === 'valueMid' ? 'value' : cell.kind;
    if (seen.has(kind) || (kind === 'level1' && seen.size > 0)) {
      starts.push(cell.col);
      seen = new Set();
    }
    if (starts.length === 0) starts.push(cell.col);
    seen.add(kind);
  }
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1] - 1 : view.right;
    const own = cells.filter((c) => c.col >= from && c.col <= to);
    // The shared level-1 column belongs to every grid that lacks its own.
    const shared = own.some((c) => c.kind === 'level1') ? [] : level1s.filter((c) => c.col < from).slice(-1);
    return { from: i === 0 ? view.left : from, to, cells: [...shared, ...own] };
  });
}

/** The annual grid of several: the one whose headings, or the headings above them, say 年度 rather than 中期/长期. */
function chooseGroup(view: SheetView, row: number, groups: Group[]): Group {
  if (groups.length === 1) return groups[0];
  const score = (group: Group): number => {
    let total = 0;
    for (const cell of group.cells) total += cell.kind === 'valueMid' ? -2 : termOf(cell.text) * 2;
    // Headings above: each cell or merged area once, where most of it lies over this grid.
    for (let r = row - 1; r >= Math.max(view.top, row - 3); r--) {
      for (let c = group.from; c <= group.to; c++) {
        const area = view.mergeAt(r, c) ?? { top: r, bottom: r, left: c, right: c };
        if (Math.max(area.left, group.from) !== c) continue;
        const overlap = Math.min(area.right, group.to) - c + 1;
        if (overlap * 2 >= area.right - area.left + 1) total += termOf(view.text(r, c));
      }
    }
    return total;
  };
  let best = groups[groups.length - 1];
  let bestScore = score(best);
  for (const group of groups.slice(0, -1)) {
    const s = score(group);
    if (s > bestScore) {
      best = group;
      bestScore = s;
    }
  }
  return best;
}

function firstCol(cells: HeaderCell[], ...kinds: Kind[]): number | null {
  for (const kind of kinds) {
    const hit = cells.find((c) => c.kind === kind);
    if (hit) return hit.col;
  }
  return null;
}

/**
 * The score column: where a form gives a sub-score and the points it is worth (单项指标得分 | 权重占比 | 单项指标折算得分),
 * the converted one is what the indicator earned.
 */
function scoreColumn(cells: HeaderCell[]): number | null {
  const scores = ofKind(cells, 'score');
  return (scores.find((c) => /折算/.test(c.text)) ?? scores[0])?.col ?? null;
}

/** The value column: this year's where a header has both (中期指标值 | 年度指标值). */
function valueColumn(cells: HeaderCell[]): number | null {
  const values = ofKind(cells, 'value');
  const annual = values.find((c) => termOf(c.text) > 0) ?? values.find((c) => termOf(c.text) === 0) ?? values[0];
  return annual?.col ?? firstCol(cells, 'valueMid');
}

/**
 * 二级指标 written twice and no 三级指标: where the cells under the second hold names rather than level names, that
 * column is the names' (a heading copied over the wrong column), not a second grid beside the first.
 */
function secondLevel2AsNames(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  const level2 = ofKind(cells, 'level2');
  if (level2.length !== 2 || ofKind(cells, 'level3').length > 0 || ofKind(cells, 'level1').length > 1) return cells;
  const [first, second] = level2;
  let names = 0;
  let levels = 0;
  let firstLevels = 0;
  for (let r = row + 1; r <= Math.min(view.bottom, row + 12); r++) {
    if (!view.isMergeFollower(r, first.col) && isLevelName(view.text(r, first.col))) firstLevels++;
    const text = view.text(r, second.col);
    if (text === '' || view.isMergeFollower(r, second.col)) continue;
    if (isLevelName(text)) levels++;
    else names++;
  }
  // Mostly names, and the first 二级指标 column holds the level names: an indicator named like a heading
  // (社会公众满意度) among them does not make a second grid.
  if (names < 2 || (levels > 0 && (firstLevels === 0 || levels * 3 > names))) return cells;
  return cells.map((c) => (c === second ? { ...c, kind: 'level3' as Kind } : c));
}

function buildColumns(view: SheetView, row: number, headerCells: HeaderCell[]): { columns: ColumnMap; setAside: IndicatorHeader['setAside'] } | null {
  const cells = secondLevel2AsNames(view, row, headerCells);
  const groups = splitGroups(view, cells);
  const group = chooseGroup(view, row, groups);
  const inGroup = group.cells;
  const level1 = firstCol(inGroup, 'level1');
  const value = valueColumn(inGroup) ?? (level1 === null ? firstCol(inGroup, 'actual') : null);
  if (value === null || (level1 === null && firstCol(inGroup, 'level3') === null)) return null;
  // Columns outside the grids (flat exports' project columns, 权重 …) are shared by all of them.
  const others = groups.filter((g) => g !== group);
  const outside = cells.filter((c) => !others.some((g) => c.col >= g.from && c.col <= g.to));
  const pick = (...kinds: Kind[]): number | null => firstCol(inGroup, ...kinds) ?? firstCol(outside, ...kinds);
  const level1Area = level1 === null ? null : view.mergeAt(row, level1);
  const columns: ColumnMap = {
    ...columnsAround(value),
    level1,
    level1Span:
      level1 === null
        ? null
        : { left: level1, right: level1Area && level1Area.top <= row ? Math.min(level1Area.right, (firstCol(inGroup, 'level2', 'level3') ?? view.right + 1) - 1) : level1 },
    level2: firstCol(inGroup, 'level2'),
    level3: firstCol(inGroup, 'level3'),
    description: pick('description'),
    value,
    valueSpan: { left: value, right: view.mergeAt(row, value)?.right ?? value },
    // 指标值类型 holds ≤ on one row and 定性 on another in some exports: its comparators join the value.
    comparator: pick('comparator', 'comparatorWeak', 'direction', 'valueType'),
    unit: pick('unit'),
    basis: pick('basis'),
    weight: pick('weight'),
    valueType: pick('valueType'),
    direction: pick('direction'),
    actual: pick('actual'),
    score: scoreColumn(inGroup) ?? scoreColumn(outside),
    reason: pick('reason'),
    projectCode: firstCol(cells, 'projectCode'),
    projectName: projectNameCol(cells),
  };
  if (columns.projectCode !== null || columns.projectName !== null) {
    columns.projectBudget = firstCol(cells, 'projectBudget');
    columns.projectFiscal = firstCol(cells, 'projectFiscal');
    columns.projectOther = firstCol(cells, 'projectOther');
    columns.projectGoal = firstCol(cells, 'projectGoal');
  }
  updateBounds(view, row, columns);
  const setAside = others.length
    ? {
        left: Math.min(...others.map((g) => g.from)),
        right: Math.max(...others.map((g) => g.to)),
        names: others.flatMap((g) => ofKind(g.cells, 'level3', 'value', 'valueMid').map((c) => c.col)),
      }
    : null;
  return { columns, setAside };
}

/**
 * A row as headings: its short texts, its long ones (a note run into a heading cell) and how many are headings the
 * reader knows; null when it holds a level name, a target or a number (data, not headings).
 */
export function headingTexts(view: SheetView, row: number): { short: number; long: number; known: number } | null {
  const counts = { short: 0, long: 0, known: 0 };
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    const kind = contentKind(text);
    if (kind === 'explanation') counts.long++;
    else if (kind === 'phrase' || kind === 'other') counts.short++;
    else return null;
    if (headerKind(text) !== null) counts.known++;
  }
  return counts;
}

/** A map with only the value column, for a grid found by its cells to fill in. */
export function columnsAround(value: number): ColumnMap {
  return {
    level1: null,
    level1Span: null,
    level2: null,
    level3: null,
    description: null,
    value,
    valueSpan: { left: value, right: value },
    comparator: null,
    unit: null,
    basis: null,
    weight: null,
    valueType: null,
    direction: null,
    actual: null,
    score: null,
    reason: null,
    projectCode: null,
    projectName: null,
    projectBudget: null,
    projectFiscal: null,
    projectOther: null,
    projectGoal: null,
    left: value,
    right: value,
  };
}

export const MAPPED: (keyof ColumnMap)[] = [
  'level1',
  'level2',
  'level3',
  'description',
  'value',
  'comparator',
  'unit',
  'basis',
  'weight',
  'valueType',
  'direction',
  'actual',
  'score',
  'reason',
  'projectCode',
  'projectName',
  'projectBudget',
  'projectFiscal',
  'projectOther',
  'projectGoal',
];

export function updateBounds(view: SheetView, row: number, columns: ColumnMap): void {
  const used = MAPPED.map((key) => columns[key] as number | null).filter((c): c is number => c !== null);
  columns.left = Math.min(...used);
  columns.right = Math.max(...used);
  // A "指标值" header merged over several columns spans the value's own unit column too.
  const valueArea = view.mergeAt(row, columns.value);
  if (valueArea) columns.right = Math.max(columns.right, valueArea.right);
}

/**
 * A row just below the header that splits a merged "指标值" into 比较符 | 指标值 | 计量单位 (or names those
 * columns for the first time) refines the map; the indicators then start one row later.
 */
function applySubHeader(view: SheetView, row: number, columns: ColumnMap): boolean {
  if (row > view.bottom) return false;
  const cells = collectRow(view, row).filter((c) => c.own);
  if (ofKind(cells, 'level1', 'projectName', 'projectCode').length) return false;
  const refines = ofKind(cells, 'comparator', 'comparatorWeak', 'unit', 'value', 'basis', 'actual', 'weight', 'score');
  if (!refines.length) return false;
  // Every non-empty cell of the row must be a header label: a real indicator row never is.
  for (let col = view.left; col <= view.right; col++) {
    const text = view.text(row, col);
    const area = view.mergeAt(row, col);
    if (text === '' || (area !== null && area.top < row)) continue; // part of a header cell merged down
    if (!headerLabel(text)) return false;
  }
  const set = (key: keyof ColumnMap, ...kinds: Kind[]): void => {
    const col = firstCol(cells, ...kinds);
    if (col !== null) (columns[key] as number | null) = col;
  };
  set('comparator', 'comparator', 'comparatorWeak');
  set('unit', 'unit');
  const value = valueColumn(cells) ?? unlabelledValueColumn(view, row, columns);
  if (value !== null) columns.value = value;
  columns.valueSpan = { left: columns.value, right: columns.value };
  set('basis', 'basis');
  set('weight', 'weight');
  set('actual', 'actual');
  const score = scoreColumn(cells);
  if (score !== null) columns.score = score;
  set('reason', 'reason');
  set('description', 'description');
  set('valueType', 'valueType');
  updateBounds(view, row, columns);
  return true;
}

/**
 * A value heading merged over 符号 | (blank) | 单位 in the row below: the column left without a sub-heading holds the
 * number. Null when the split leaves no such column.
 */
function unlabelledValueColumn(view: SheetView, subRow: number, columns: ColumnMap): number | null {
  const { left, right } = columns.valueSpan;
  if (right <= left) return null;
  for (let col = left; col <= right; col++) {
    if (col === columns.comparator || col === columns.unit) continue;
    if (view.text(subRow, col) === '' && !view.isMergeFollower(subRow, col)) return col;
  }
  return null;
}

/**
 * A header with no value heading whose last columns are named by place or unit ("笏石街道办 | 埭头镇" in a transfer
 * payment's table of targets by town): the first of them holds values. The reader says which one it read.
 */
function valuesByPlace(view: SheetView, row: number, cells: HeaderCell[]): { cell: HeaderCell; others: string[] } | null {
  if (cells.length < 2) return null;
  if (!cells.some((c) => c.kind === 'level1') || !cells.some((c) => c.kind === 'level3') || cells.some((c) => c.kind === 'value' || c.kind === 'valueMid')) return null;
  const lastKnown = Math.max(...cells.map((c) => c.col));
  const unknown: { col: number; text: string }[] = [];
  for (let col = lastKnown + 1; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    if (text.length > 12 || headerKind(text) || infoLabel(text)) return null;
    unknown.push({ col, text });
  }
  // Several such columns (one per town): a single unknown heading is a wording the reader does not know, and is said so.
  if (unknown.length < 2 || row + 1 > view.bottom || view.text(row + 1, unknown[0].col) === '') return null;
  return { cell: { col: unknown[0].col, kind: 'value', text: unknown[0].text, own: true }, others: unknown.slice(1).map((u) => u.text) };
}

/**
 * A self-evaluation whose points column is headed once at the top of the form (自评得分 | 100 in the details) and, in
 * the grid's header row, only by the section's points (50): the column right of the grid whose header cell is a number
 * and that a score label heads further up is the score column.
 */
function scoreColumnHeadedAbove(view: SheetView, row: number, columns: ColumnMap): number | null {
  if (columns.score !== null || columns.actual === null) return null;
  for (let col = columns.right + 1; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const heading = view.text(row, col);
    if (heading === '') continue;
    if (!/^\d+(?:\.\d+)?$/.test(heading)) return null;
    for (let r = row - 1; r >= Math.max(view.top, row - 20); r--) {
      const text = view.text(r, col);
      if (text !== '' && headerKind(text) === 'score') return col;
    }
    return null;
  }
  return null;
}

/**
 * The upper row of a two-row header whose merges were split and left blank below (单位代码 | 单位名称 | 资金总额 over
 * blank cells, beside 一级指标 | 二级指标 …): its labels over the header row's blank cells head those columns too. Only
 * a row of labels counts, never a row of details (项目名称 | its name).
 */
function withLabelsAbove(view: SheetView, row: number, cells: HeaderCell[]): HeaderCell[] {
  if (row - 1 < view.top) return cells;
  const above: HeaderCell[] = [];
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row - 1, col)) continue;
    const text = view.text(row - 1, col);
    if (text === '') continue;
    const kind = headerKind(text);
    if (kind === null && headerLabel(text) === null) return cells; // a value: the row above is details, not headings
    if (kind !== null && view.text(row, col) === '' && !cells.some((c) => c.col === col)) above.push({ col, kind, text, own: false });
  }
  return above.length ? [...above, ...cells].sort((a, b) => a.col - b.col) : cells;
}

/** Every indicator header in the sheet, top to bottom. */
export function findIndicatorHeaders(view: SheetView, options: { explain?: boolean } = {}): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    let cells = collectRow(view, row);
    const byPlace = valuesByPlace(view, row, cells);
    if (byPlace) cells = [...cells, byPlace.cell];
    if (!isHeaderRow(cells)) continue;
    cells = withLabelsAbove(view, row, cells);
    const built = buildColumns(view, row, cells);
    if (!built) continue;
    const grades = isGradeRow(view, row + 1, built.columns);
    if (grades && !view.isMergeFollower(row + 1, built.columns.value)) built.columns.valueSpan = { left: built.columns.value, right: built.columns.value };
    const hasSubHeader = grades || applySubHeader(view, row + 1, built.columns);
    const scoreAbove = scoreColumnHeadedAbove(view, row, built.columns);
    if (scoreAbove !== null) {
      built.columns.score = scoreAbove;
      updateBounds(view, row, built.columns);
    }
    // A group heading ("绩效指标" over the labels) is not the header: the row below it is.
    if (!hasSubHeader && row + 1 <= view.bottom && isHeaderRow(collectRow(view, row + 1))) continue;
    const header: IndicatorHeader = {
      row,
      bodyStart: hasSubHeader ? row + 2 : row + 1,
      columns: built.columns,
      setAside: built.setAside,
      foundBy: 'labels',
      roles: [],
      againstHeader: null,
    };
    if (byPlace && built.columns.value === byPlace.cell.col) {
      header.valueChoice = { cell: view.address(row, byPlace.cell.col), text: byPlace.cell.text, others: byPlace.others };
    }
    headers.push(header);
    if (hasSubHeader) row++;
  }
  headers.forEach((header, i) => applyContentRoles(view, header, i + 1 < headers.length ? headers[i + 1].row - 1 : view.bottom, options.explain === true));
  const found = findContentGrids(view, headers, options.explain === true);
  if (found.length === 0) return headers;
  return [...headers, ...found].sort((a, b) => a.row - b.row);
}

/**
 * A row that looks like an indicator header the reader cannot map (一级指标 and 二级指标 but no value heading it
 * knows): the cells it could not place, for a note. Null when the row is no such header.
 */
export function unplacedHeader(view: SheetView, row: number): { cell: string; text: string }[] | null {
  const cells = collectRow(view, row);
  const has = (...kinds: Kind[]): boolean => ofKind(cells, ...kinds).length > 0;
  if (!has('level1') || !(has('level2') || has('level3')) || has('value', 'valueMid')) return null;
  const unknown: { cell: string; text: string }[] = [];
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text !== '' && text.length <= 30 && !headerKind(text) && !infoLabel(text)) unknown.push({ cell: view.address(row, col), text });
  }
  return unknown;
}
