/**
 * Reading one sheet: find every indicator header, the block of project details above each, the indicator rows
 * below; tables cut off before their indicators; department-wide sections; and split stacked tables apart.
 */
import type { DepartmentSection, GridReading, Model, Project, ReaderNote } from '../model';
import type { SheetView } from './sheet-view';
import { findIndicatorHeaders, headingTexts, termOf, unplacedHeader, type IndicatorHeader } from './indicator-header';
import { readIndicatorRows, type IndicatorBlock, type IndicatorRow } from './indicator-rows';
import { infoLabel, inlineInfoLabel, isDepartmentTitle, isFooter, isTableTitle, leadingYear, type InfoLabel } from './labels';
import { isLevelName } from './cell-content';
import { columnLetters, parseA1, type CellValue } from '../grid';
import { parseMoneyCell, unitInLabel, unitLineUnit } from '../normalize/money';
import { convertMoney, type MoneyUnit } from '../normalize/units';
import { readProjectInfo, type ProjectInfo } from './project-info';
import { isDepartmentProse, readDepartmentProse, readDepartmentTable } from './department';
import { detectFramework } from './framework';
import type { Rows } from './label-values';
import { note } from './notes';
import { memoize } from '../normalize/text';

/** Labels that open a project's details (a new table starts with one of these, or with a title). */
const OPENING_LABELS = new Set<InfoLabel>(['code', 'name', 'department']);
/** Labels that never occur inside an indicator grid: a row holding one ends the grid above it. */
const BOUNDARY_LABELS = new Set<InfoLabel>([
  'code',
  'name',
  'department',
  'budget',
  'budgetAnnual',
  'budgetSection',
  'fiscal',
  'plan',
  'goal',
  'goalAnnual',
  'agency',
]);

interface RowMarks {
  readonly title: boolean;
  readonly unit: MoneyUnit | null;
  readonly labels: readonly { kind: InfoLabel; col: number }[];
}

/** What a text says about its row, looked up once per distinct text: every cell of every sheet is marked. */
const textMarks = memoize((text: string): { title: boolean; unit: MoneyUnit | null; label: InfoLabel | null } => ({
  title: isTableTitle(text) || isDepartmentTitle(text),
  unit: unitLineUnit(text),
  label: (infoLabel(text) ?? inlineInfoLabel(text))?.kind ?? null,
}));

/** The marks of a row with none (most rows, those of indicators): one object for all of them. */
const NO_MARKS: RowMarks = Object.freeze({ title: false, unit: null, labels: [] });

function markRow(view: SheetView, row: number): RowMarks {
  let title = false;
  let unit: MoneyUnit | null = null;
  let labels: { kind: InfoLabel; col: number }[] | null = null;
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text === '') continue;
    const found = textMarks(text);
    // A title-like text beside a label is that label's value ("部门(单位)名称 | 东莞展览馆2022年部门整体绩效目标").
    if (found.title && labels === null) title = true;
    if (found.unit) unit = found.unit;
    if (found.label) (labels ??= []).push({ kind: found.label, col });
  }
  return title || unit || labels ? { title, unit, labels: labels ?? [] } : NO_MARKS;
}

/** Splits a block of rows into the details of successive tables: a new one starts at a title or a repeated name/code. */
function clusterStarts(marks: Map<number, RowMarks>, rows: Rows): number[] {
  const starts: number[] = [];
  let seen = new Set<InfoLabel>();
  let lastTitleRow = -10;
  for (let row = rows.top; row <= rows.bottom; row++) {
    const m = marks.get(row)!;
    const opening = m.labels.filter((l) => OPENING_LABELS.has(l.kind)).map((l) => l.kind);
    if (m.title) {
      starts.push(row);
      seen = new Set();
      lastTitleRow = row;
      continue;
    }
    if (opening.length === 0) continue;
    const repeats = opening.some((k) => seen.has(k));
    if (starts.length === 0 || (repeats && row - lastTitleRow > 3)) {
      starts.push(row);
      seen = new Set();
    }
    for (const k of opening) seen.add(k);
  }
  return starts;
}

export interface SheetReading {
  projects: Project[];
  departments: DepartmentSection[];
  notes: ReaderNote[];
  /** The indicator headers found: their first row and the first row below them (placement uses them). */
  headers: { row: number; bodyStart: number }[];
}

function projectFrom(
  view: SheetView,
  info: ProjectInfo,
  rows: Rows,
  indicators: IndicatorRow[],
  emptyRows: Project['emptyCategoryRows'],
  layout: Project['layout'] = 'table',
  grid: { templateRows: { cell: string; text: string }[]; setAside: Project['setAsideGrid']; footers?: Project['footers'] } = { templateRows: [], setAside: null },
): Project {
  return {
    sheet: view.name,
    layout,
    title: info.title,
    code: info.code,
    name: info.name,
    budget: info.budget,
    fiscal: info.fiscal,
    other: info.other,
    carryOver: info.carryOver,
    extraFunds: info.extraFunds,
    budgetUnit: info.budgetUnit,
    budgetUnitAssumed: info.budgetUnitAssumed,
    plan: info.plan,
    planMonths: info.planMonths,
    goal: info.goal,
    usage: info.usage,
    agency: info.agency,
    period: info.period,
    execution: info.execution,
    templateRows: grid.templateRows,
    footers: grid.footers ?? [],
    goalMid: info.goalMid,
    budgetTotal: info.budgetTotal,
    goalActual: info.goalActual,
    budgetText: info.budgetText,
    blankLabels: info.blankLabels,
    setAsideGrid: grid.setAside,
    year: info.year,
    framework: detectFramework(indicators, emptyRows),
    indicators: indicators.map(({ project: _project, ...indicator }) => indicator),
    emptyCategoryRows: emptyRows,
    breakdowns: info.breakdowns,
    cells: info.cells,
    rows: { first: rows.top, last: rows.bottom },
  };
}

/** The first non-empty cell of a column among a project's rows in a flat export. */
function firstInRows(view: SheetView, rows: number[], col: number): { value: CellValue; text: string; cell: string } | null {
  for (const row of rows) {
    const text = view.text(row, col);
    if (text !== '') return { value: view.value(row, col), text, cell: view.address(row, col) };
  }
  return null;
}

/**
 * Flat exports name the project on every indicator row: one project per code (or name), with its money and goal when
 * the export has those columns (money in the unit the column heading names, "年度预算数（万元）").
 */
function flatProjects(view: SheetView, header: IndicatorHeader, indicators: IndicatorRow[], rows: Rows, info: ProjectInfo): Project[] {
  const cols = header.columns;
  const headingUnit = (col: number | null): MoneyUnit | null => (col === null ? null : unitInLabel(view.text(header.row, col)));
  // Money is read in the unit the budget column's heading names ("年度预算数（万元）"), else the table's.
  const budgetHeadingUnit = headingUnit(cols.projectBudget);
  const budgetUnit = budgetHeadingUnit ?? info.budgetUnit;
  const groups = new Map<string, IndicatorRow[]>();
  for (const indicator of indicators) {
    const key = indicator.project ? indicator.project.code || indicator.project.name : '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(indicator);
  }
  const projects: Project[] = [];
  for (const group of groups.values()) {
    const key = group[0].project!;
    const groupInfo: ProjectInfo = {
      ...info,
      code: key.code || null,
      name: key.name || null,
      cells: { ...info.cells },
      breakdowns: [],
    };
    if (key.codeCell) groupInfo.cells.code = key.codeCell;
    if (key.nameCell) groupInfo.cells.name = key.nameCell;
    // A level tree names its project on a row of its own, with its amount: that row first.
    const nameRow = key.nameCell ? parseA1(key.nameCell)?.row ?? null : null;
    const groupRows = [...(nameRow !== null && nameRow < group[0].row ? [nameRow] : []), ...group.map((i) => i.row)];
    const money = (col: number, field: 'budget' | 'fiscal' | 'other'): number | null => {
      const found = firstInRows(view, groupRows, col);
      // The cell where the amount is (or should be): an empty column cell is reported there.
      groupInfo.cells[field] = found?.cell ?? view.address(groupRows[0], col);
      if (!found) return null;
      const parsed = parseMoneyCell(found.value);
      if (parsed.amount === null) return null;
      const unit = parsed.unit ?? headingUnit(col) ?? budgetUnit;
      return unit === budgetUnit ? parsed.amount : convertMoney(parsed.amount, unit, budgetUnit);
    };
    if (cols.projectBudget !== null) {
      groupInfo.budget = money(cols.projectBudget, 'budget');
      groupInfo.budgetUnit = budgetUnit;
      groupInfo.budgetUnitAssumed = budgetHeadingUnit === null && info.budgetUnitAssumed;
    }
    if (cols.projectFiscal !== null) groupInfo.fiscal = money(cols.projectFiscal, 'fiscal');
    if (cols.projectOther !== null) groupInfo.other = money(cols.projectOther, 'other') ?? 0;
    if (cols.projectGoal !== null) {
      const goal = firstInRows(view, groupRows, cols.projectGoal);
      groupInfo.goal = goal?.text ?? null;
      groupInfo.cells.goal = goal?.cell ?? view.address(groupRows[0], cols.projectGoal);
    }
    groupInfo.year = (key.name ? leadingYear(key.name) : null) ?? info.year;
    const first = Math.min(...groupRows);
    const last = Math.max(...groupRows);
    projects.push(projectFrom(view, groupInfo, { top: first === rows.top ? rows.top : first, bottom: last }, group, [], 'flat'));
  }
  return projects;
}

/** The half of a side-by-side grid that was set aside (中期, 长期): where it is, and whether any target is written in it. */
function setAsideGrid(view: SheetView, header: IndicatorHeader, lastRow: number): Project['setAsideGrid'] {
  const aside = header.setAside;
  if (!aside) return null;
  let filled = false;
  for (let row = header.bodyStart; row <= lastRow && !filled; row++) {
    filled = aside.names.some((col) => view.text(row, col) !== '');
  }
  const first = aside.names.length ? Math.min(...aside.names) : aside.left;
  return { cell: view.address(header.bodyStart, first), filled };
}

/** One merged cell across the grid, from its first column to its value: a title or a section line, never an indicator. */
function spansGrid(view: SheetView, row: number, cols: IndicatorHeader['columns']): boolean {
  const area = view.mergeAt(row, cols.left);
  if (area === null || area.right < cols.value) return false;
  const text = view.text(row, cols.left);
  if (text === '' || isFooter(text)) return false; // 总分, 合计 … end the grid as footers, read by the grid itself
  // A label of its own left of the merged cell (评价结论 | its text) makes a footer row, not a title.
  for (let col = view.left; col < area.left; col++) if (view.text(row, col) !== '' && !view.isMergeFollower(row, col)) return false;
  return true;
}

/**
 * One merged cell over the level-1 column and the names' column that is no level name (最近年度绩效评价情况's 优秀□
 * 良好□ …): a form's next section, not an indicator. (满意度指标 merged over its level columns stays an indicator.)
 */
function levelCellOverNames(view: SheetView, row: number, cols: IndicatorHeader['columns']): boolean {
  const names = cols.level3 ?? cols.level2;
  if (cols.level1 === null || names === null || names <= cols.level1) return false;
  const area = view.mergeAt(row, cols.level1);
  if (area === null || area.left !== cols.level1 || area.right < names || area.top !== row) return false;
  const text = view.text(row, cols.level1);
  if (text === '' || isFooter(text) || isLevelName(text)) return false;
  // A footer's label on its left (评价结论 | its text merged across) makes a footer row, read by the grid.
  for (let col = view.left; col < area.left; col++) if (!view.isMergeFollower(row, col) && isFooter(view.text(row, col))) return false;
  return true;
}

/**
 * The heading row of another table below the grid (序号 | 学校性质 | 培训机构 | … | 备注): three or more texts, two of
 * them headings the reader knows, and no level name or target among them.
 */
function headingsOfAnotherTable(view: SheetView, row: number): boolean {
  const headings = headingTexts(view, row);
  return headings !== null && headings.long === 0 && headings.short >= 3 && headings.known >= 2;
}

/** +1 when the rows just above a grid (or its header) say 年度, -1 when they say 实施期/中期/长期, 0 when neither. */
function termAbove(view: SheetView, headerRow: number, top: number): number {
  for (let row = headerRow; row >= Math.max(top, headerRow - 3); row--) {
    for (let col = view.left; col <= view.right; col++) {
      const text = view.text(row, col);
      if (text === '' || text.length > 30) continue;
      const term = termOf(text);
      if (term !== 0) return term;
    }
  }
  return 0;
}

/**
 * A grid with no details of its own right below another table's grid, one of them titled 年度 and the other 实施期
 * (中期, 长期): the same project's two terms stacked. The annual grid is the project's; the other is set aside.
 */
function joinedAsAnotherTerm(view: SheetView, previous: Project | undefined, info: ProjectInfo, header: IndicatorHeader, block: IndicatorBlock, rows: Rows): ReaderNote | null {
  if (!previous || previous.layout !== 'table' || !previous.indicatorHeader) return null;
  if (info.name !== null || info.code !== null || info.budget !== null || header.row - previous.rows.last > 4) return null;
  const previousHeaderRow = parseA1(previous.indicatorHeader)?.row ?? previous.rows.first;
  const now = termAbove(view, header.row, previous.rows.last + 1);
  const before = termAbove(view, previousHeaderRow, previous.rows.first);
  if (now === 0 && before === 0) return null;
  const here = view.address(header.row, header.columns.level1 ?? header.columns.left);
  const nowIsAnnual = now > 0 || (now === 0 && before < 0);
  if (nowIsAnnual) {
    previous.setAsideGrid = { cell: previous.indicatorHeader, filled: previous.indicators.length > 0 };
    previous.indicators = block.indicators.map(({ project: _p, ...i }) => i);
    previous.emptyCategoryRows = block.emptyCategoryRows;
    previous.templateRows = block.templateRows;
    previous.footers = block.footers;
    previous.framework = detectFramework(block.indicators, block.emptyCategoryRows);
    previous.indicatorHeader = here;
    previous.gridReading = gridReadingOf(view, header);
  } else {
    previous.setAsideGrid = { cell: here, filled: block.indicators.length > 0 };
  }
  previous.rows.last = rows.bottom;
  return note('term-grid-set-aside', view.name, previous.setAsideGrid.cell, '');
}

function gridReadingOf(view: SheetView, header: IndicatorHeader): GridReading {
  return {
    header: view.address(header.row, header.columns.left),
    foundBy: header.foundBy,
    columns: header.roles.map((r) => ({ column: columnLetters(r.col), role: r.role, heading: r.heading, why: r.why })),
    againstHeader: header.againstHeader,
  };
}

const ROLE_NAMES: Partial<Record<string, string>> = { level1: '一级指标', level2: '二级指标', level3: '指标名称', value: '指标值', actual: '完成值', description: '指标解释' };

/** What the reader says of a grid read against its headings, found by its cells, or without level columns. */
function headerNotes(view: SheetView, header: IndicatorHeader): ReaderNote[] {
  const notes: ReaderNote[] = [];
  const at = view.address(header.row, header.columns.left);
  if (header.againstHeader) notes.push(note('read-against-header', view.name, at, header.againstHeader));
  if (header.columns.levelsInNames) {
    notes.push(note('level-tree', view.name, view.address(header.bodyStart, header.columns.level3 ?? header.columns.left), columnLetters(header.columns.level3 ?? header.columns.left)));
  } else if (header.foundBy === 'content') {
    const placed = header.roles
      .filter((r) => ROLE_NAMES[r.role])
      .map((r) => `${ROLE_NAMES[r.role]}在 ${columnLetters(r.col)} 列`);
    notes.push(note('grid-by-content', view.name, view.address(header.bodyStart, header.columns.left), placed.join('，')));
  }
  const { level1, level2, levelsInNames } = header.columns;
  if (levelsInNames) return notes;
  if (level1 === null && level2 === null) notes.push(note('levels-unknown', view.name, at, '一级指标、二级指标'));
  else if (level1 === null) notes.push(note('levels-unknown', view.name, at, '一级指标'));
  return notes;
}

/** What the steps of reading one sheet share: the sheet, each row's marks, the header rows, what was read so far. */
interface SheetContext {
  view: SheetView;
  marks: Map<number, RowMarks>;
  headerRows: Set<number>;
  result: SheetReading;
}

/** A unit line applies to the tables below it until another one is written (stacked tables share the sheet's). */
function unitAbove(ctx: SheetContext, row: number): MoneyUnit | null {
  for (let r = row - 1; r >= ctx.view.top; r--) if (ctx.marks.get(r)!.unit) return ctx.marks.get(r)!.unit;
  return null;
}

/** Blocks of rows that hold no grid: a project cut off before its indicators, or department prose. */
function readLooseBlock(ctx: SheetContext, rows: Rows): void {
  if (rows.top > rows.bottom) return;
  const { view, result } = ctx;
  const starts = clusterStarts(ctx.marks, rows);
  const prose = { top: rows.top, bottom: starts.length ? starts[0] - 1 : rows.bottom };
  if (prose.top <= prose.bottom && isDepartmentProse(view, prose)) result.departments.push(readDepartmentProse(view, prose));
  starts.forEach((start, i) => readCutOffTable(ctx, { top: start, bottom: i + 1 < starts.length ? starts[i + 1] - 1 : rows.bottom }));
}

/** The details of a table with no grid below them: a department's section, its prose, or a project cut short. */
function readCutOffTable(ctx: SheetContext, block: Rows): void {
  const { view, result } = ctx;
  const info = readProjectInfo(view, block, unitAbove(ctx, block.top), result.notes);
  if (info.department) {
    const table = readDepartmentTable(view, block, { text: info.title, cell: info.cells.title }, info.departmentName, info.cells.department);
    const isTable = table.name !== null || table.amounts.length > 0 || table.tasks.length > 0;
    result.departments.push(isTable ? table : readDepartmentProse(view, block));
    return;
  }
  if (info.code === null && info.name === null && info.budget === null) {
    if (isDepartmentProse(view, block)) result.departments.push(readDepartmentProse(view, block));
    return;
  }
  // A header the reader cannot map ("指标值及单位" before it knew the wording) is its confusion, not the table's gap.
  const unplaced = unplacedHeaderNote(view, block);
  result.notes.push(unplaced ?? note('no-indicator-header', view.name, info.cells.name ?? info.cells.code ?? info.cells.title, ''));
  result.projects.push(projectFrom(view, info, block, [], []));
}

/** The first row of a block that looks like an indicator header the reader cannot map, as a note; null if none. */
function unplacedHeaderNote(view: SheetView, block: Rows): ReaderNote | null {
  for (let row = block.top; row <= block.bottom; row++) {
    const cells = unplacedHeader(view, row);
    if (cells === null) continue;
    const first = cells[0]?.cell ?? view.address(row, view.left);
    return note('unplaced-header', view.name, first, cells.map((c) => `${c.text}（${c.cell}）`).join('、') || view.text(row, view.left));
  }
  return null;
}

/** Where a grid ends: the next header, a title or unit line, a line across it, or a label a grid never holds. */
function gridBoundary(ctx: SheetContext, header: IndicatorHeader, nextHeaderRow: number): (row: number) => boolean {
  const cols = header.columns;
  const insideGrid = new Set([cols.level3, cols.description, cols.value, cols.basis].filter((c) => c !== null));
  // In the level columns a goal-like name ("项目年度绩效目标(定量指标)") is a level name; a new table's name or
  // code label still ends the grid.
  const levelColumns = new Set([cols.level1, cols.level2, cols.level1Span?.right ?? null].filter((c) => c !== null));
  // A section label beside the grid (年度绩效目标(80分) left of 一级指标), repeated on every row where its merge was
  // split, is the grid's side label, not a new table's.
  const sideLabel = (col: number, row: number): boolean => col < cols.left && ctx.view.text(row, col) === ctx.view.text(header.row, col);
  return (row: number): boolean => {
    if (row >= nextHeaderRow || ctx.headerRows.has(row)) return true;
    const m = ctx.marks.get(row)!;
    if (m.title || m.unit) return true;
    if (spansGrid(ctx.view, row, cols) || levelCellOverNames(ctx.view, row, cols) || headingsOfAnotherTable(ctx.view, row)) return true;
    return m.labels.some(
      (l) =>
        BOUNDARY_LABELS.has(l.kind) &&
        !insideGrid.has(l.col) &&
        !(levelColumns.has(l.col) && !OPENING_LABELS.has(l.kind)) &&
        !sideLabel(l.col, row),
    );
  };
}

/** One grid with the details above it, read into a project, a department's section or a flat export's projects. */
function readGridTable(ctx: SheetContext, header: IndicatorHeader, nextHeaderRow: number, previousEnd: number): number {
  const { view, result } = ctx;
  // The details above the grid; earlier clusters in the same gap are tables cut off before their grid.
  const gap = { top: previousEnd + 1, bottom: header.row - 1 };
  const starts = clusterStarts(ctx.marks, gap);
  const start = starts.length ? starts[starts.length - 1] : header.row;
  readLooseBlock(ctx, { top: gap.top, bottom: start - 1 });
  const infoRows = { top: start, bottom: header.row - 1 };
  const info = readProjectInfo(view, infoRows, unitAbove(ctx, start), result.notes);
  const block = readIndicatorRows(view, header, gridBoundary(ctx, header, nextHeaderRow));
  const rows = { top: start, bottom: Math.max(block.lastRow, header.row) };

  const cols = header.columns;
  if (block.indicators.length === 0 && block.emptyCategoryRows.length === 0) {
    result.notes.push(note('no-indicators', view.name, view.address(header.row, cols.level1 ?? cols.left), ''));
  }
  result.notes.push(...headerNotes(view, header));
  const grid: GridFacts = {
    levelsUnknown: cols.levelsInNames ? [] : ([['level1', cols.level1], ['level2', cols.level2]] as const).filter(([, col]) => col === null).map(([level]) => level),
    reading: gridReadingOf(view, header),
  };
  // A flat export names its projects in columns; a 部门 line above them is their department, not a section of its own.
  const flat = cols.projectCode !== null || cols.projectName !== null;
  if (info.department && !flat) result.departments.push(departmentSection(view, info, infoRows, block, rows, grid));
  else if (flat) result.projects.push(...flatProjects(view, header, block.indicators, rows, info).map((p) => withGridFacts(p, grid)));
  else addGridProject(ctx, header, info, block, rows, grid);
  return rows.bottom;
}

/** What every table read from a grid carries about it: the levels it has no column for, how it was read. */
interface GridFacts {
  levelsUnknown: ('level1' | 'level2')[];
  reading: GridReading;
}

function withGridFacts<T extends Project | DepartmentSection>(table: T, grid: GridFacts): T {
  if (grid.levelsUnknown.length) table.levelsUnknown = [...grid.levelsUnknown];
  table.gridReading = grid.reading;
  return table;
}

function departmentSection(view: SheetView, info: ProjectInfo, infoRows: Rows, block: IndicatorBlock, rows: Rows, grid: GridFacts): DepartmentSection {
  const section = readDepartmentTable(view, infoRows, { text: info.title, cell: info.cells.title }, info.departmentName, info.cells.department);
  section.indicators = block.indicators.map(({ project: _p, ...i }) => i);
  section.emptyCategoryRows = block.emptyCategoryRows;
  section.framework = detectFramework(block.indicators, block.emptyCategoryRows);
  section.execution = info.execution;
  section.footers = block.footers;
  section.rows = { first: rows.top, last: rows.bottom };
  return withGridFacts(section, grid);
}

/** A project's table: or, right below another table's grid, the same project's other term (实施期 | 年度). */
function addGridProject(ctx: SheetContext, header: IndicatorHeader, info: ProjectInfo, block: IndicatorBlock, rows: Rows, grid: GridFacts): void {
  const { view, result } = ctx;
  const joined = joinedAsAnotherTerm(view, result.projects[result.projects.length - 1], info, header, block, rows);
  if (joined) {
    result.notes.push(joined);
    return;
  }
  const cols = header.columns;
  const project = projectFrom(view, info, rows, block.indicators, block.emptyCategoryRows, 'table', {
    templateRows: block.templateRows,
    setAside: setAsideGrid(view, header, rows.bottom),
    footers: block.footers,
  });
  project.indicatorHeader = view.address(header.row, cols.level1 ?? cols.left);
  withGridFacts(project, grid);
  if (header.valueChoice) {
    const others = header.valueChoice.others.length ? `（另有 ${header.valueChoice.others.join('、')}）` : '';
    result.notes.push(note('value-column-chosen', view.name, header.valueChoice.cell, `${header.valueChoice.text}${others}`));
  }
  // What the reader could not find is said as a note: the checks do not turn it into the table's gap.
  const at = info.cells.title ?? info.cells.name ?? info.cells.code ?? project.indicatorHeader;
  if (!info.cells.budget && !info.unplacedMoney) result.notes.push(note('field-not-found', view.name, at, 'budget'));
  if (info.unplacedMoney) result.notes.push(note('unplaced-money', view.name, info.unplacedMoney.cell, info.unplacedMoney.text));
  if (!info.cells.goal) result.notes.push(note('field-not-found', view.name, at, 'goal'));
  result.projects.push(project);
}

export function readSheet(view: SheetView, options: { explain?: boolean } = {}): SheetReading {
  const result: SheetReading = { projects: [], departments: [], notes: [], headers: [] };
  if (view.rowCount <= 0 || view.right < view.left) return result;
  const marks = new Map<number, RowMarks>();
  for (let row = view.top; row <= view.bottom; row++) marks.set(row, markRow(view, row));
  const headers = findIndicatorHeaders(view, options);
  result.headers = headers.map((h) => ({ row: h.row, bodyStart: h.bodyStart }));
  const headerRows = new Set<number>();
  for (const h of headers) for (let r = h.row; r < h.bodyStart; r++) headerRows.add(r);
  const ctx: SheetContext = { view, marks, headerRows, result };

  let previousEnd = view.top - 1;
  headers.forEach((header, index) => {
    const nextHeaderRow = index + 1 < headers.length ? headers[index + 1].row : view.bottom + 1;
    previousEnd = readGridTable(ctx, header, nextHeaderRow, previousEnd);
  });
  readLooseBlock(ctx, { top: previousEnd + 1, bottom: view.bottom });
  result.projects = withoutPhantoms(result.projects);
  return result;
}

/**
 * A "project" with nothing of its own (no indicators, money or code, and no name but a form's title) beside real
 * tables on the same sheet is a title or a stray heading, not a table: it is left out rather than reported as empty.
 */
function withoutPhantoms(projects: Project[]): Project[] {
  if (!projects.some((p) => p.indicators.length > 0)) return projects;
  return projects.filter(
    (p) =>
      p.indicators.length > 0 ||
      p.emptyCategoryRows.length > 0 ||
      p.budget !== null ||
      p.fiscal !== null ||
      p.code !== null ||
      (p.name !== null && !isTableTitle(p.name)),
  );
}

export type { Model };
