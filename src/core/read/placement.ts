/**
 * Placing every cell: after a sheet is read, each non-empty cell of each table it found is known as something — a
 * label, a value, part of an indicator, an explanation, a footer, a title, a unit line or a note — or is listed as
 * unplaced. A cell is a note only beside or under a 备注/说明 label, or in the rows of a table's footer.
 *
 * Then the cells nobody read (unplaced ones and those outside every table) are searched for indicator content: level
 * names (产出指标, 数量指标 …) together with targets (≥90%, ≤100万元). Such a block, where no indicator was read,
 * means the results are incomplete, and the reader says so (UnreadBlock; the rule reader/unread-block).
 */
import type { DepartmentSection, PlacementKind, Project, TablePlacement, UnreadBlock } from '../model';
import { rangeToA1, toA1 } from '../grid';
import type { SheetView } from './sheet-view';
import { headerLabel, infoLabel, inlineInfoLabel, isDepartmentTitle, isFooter, isTableTitle, planMonth, yearLine } from './labels';
import { valueCellOf } from './label-values';
import { unitInLabel, unitLineUnit } from '../normalize/money';
import { parseValueText } from '../normalize/value';
import { memoize, squeeze, matchingForm } from '../normalize/text';
import { isLevelName } from './cell-content';

type Table = Project | DepartmentSection;

/** An indicator header: its first row and the first row of its body. */
export interface HeaderSpan {
  row: number;
  bodyStart: number;
}

const isProject = (table: Table): table is Project => 'layout' in table;

/** The unplaced cells listed in full here; the JSON shows the first 50. */
const UNPLACED_KEPT = 500;

/** A label no value is ever taken from, as the reader knows them. */
const labelKind = memoize((text: string): boolean => {
  return (
    infoLabel(text) !== null ||
    headerLabel(text) !== null ||
    inlineInfoLabel(text) !== null ||
    isFooter(text) ||
    planMonth(text) !== null ||
    unitInLabel(text) !== null && text.length <= 24
  );
});

function isRemarkLabel(text: string): boolean {
  return headerLabel(text)?.kind === 'remark' || /^(注|说明|备注|填表说明|填报说明)[:：]?$/.test(squeeze(text));
}

/** What a text among a table's rows opens: notes (备注, 说明), a value (an info label), or nothing; once per text. */
const labelRole = memoize((text: string): 'remark' | 'info' | null => (isRemarkLabel(text) ? 'remark' : infoLabel(text) !== null ? 'info' : null));

/** Addresses the model names for a table, with what each holds. */
function modelCells(table: Table, put: (cell: string | undefined, kind: PlacementKind) => void): void {
  for (const key in table.cells) put(table.cells[key], key === 'title' ? 'title' : 'value');
  for (const indicator of table.indicators) {
    const cells = indicator.cells as Record<string, string | undefined>;
    for (const key in cells) put(cells[key], key === 'description' ? 'explanation' : 'indicator');
  }
  for (const row of table.emptyCategoryRows) put(row.cell, 'indicator');
  for (const footer of table.footers ?? []) {
    put(footer.cell, 'footer');
    put(footer.textCell, 'footer');
    put(footer.weight?.cell, 'footer');
    put(footer.score?.cell, 'footer');
  }
  const execution = table.execution;
  if (execution) {
    for (const cell of Object.values(execution.cells)) put(cell, 'value');
    put(execution.budgetCell, 'value');
    put(execution.fiscalCell, 'value');
    put(execution.otherCell, 'value');
  }
  if (isProject(table)) {
    for (const row of table.templateRows ?? []) put(row.cell, 'indicator');
    for (const fund of table.extraFunds) put(fund.cell, 'value');
    for (const breakdown of table.breakdowns) {
      put(breakdown.total?.cell, 'value');
      for (const item of breakdown.items) {
        put(item.cell, 'value');
        put(item.labelCell, 'label');
      }
    }
    put(table.goalMid?.cell, 'value');
    put(table.goalActual?.cell, 'value');
    put(table.indicatorHeader, 'label');
  } else {
    for (const amount of table.amounts) put(amount.cell, 'value');
    for (const task of [...table.tasks, ...(table.tasksTotal ? [table.tasksTotal] : [])]) {
      put(task.cell, 'value');
      put(task.nameCell, 'value');
      for (const source of task.sources) put(source.cell, 'value');
    }
    for (const paragraph of table.paragraphs) put(paragraph.cell, 'value');
  }
}

/** Texts a department section names as labels of its own (its amounts' labels, its paragraphs' headings). */
function departmentLabels(table: Table): Set<string> {
  if (isProject(table)) return new Set();
  return new Set([...table.amounts.map((a) => a.label), ...table.paragraphs.flatMap((p) => (p.heading ? [p.heading] : []))]);
}

/** What the cells of each column of a grid are, by the column's offset from the view's left (none where unknown). */
type HeaderColumns = (PlacementKind | undefined)[];

/** The columns of an indicator header the reader knows (a label in one of its rows), and what their cells are. */
function headerColumns(view: SheetView, header: HeaderSpan): HeaderColumns {
  const columns: HeaderColumns = [];
  for (let col = view.left; col <= view.right; col++) {
    for (let row = header.row; row < header.bodyStart; row++) {
      const text = view.text(row, col);
      if (text === '') continue;
      const label = headerLabel(text);
      if (label) {
        columns[col - view.left] = label.kind === 'remark' ? 'note' : label.kind === 'description' ? 'explanation' : 'indicator';
        break;
      }
      if (infoLabel(text)) columns[col - view.left] = 'indicator'; // a flat export's project columns
    }
  }
  return columns;
}

/** A cell's text and where it is. */
interface Loose {
  row: number;
  col: number;
  text: string;
}

const KINDS: PlacementKind[] = ['label', 'value', 'indicator', 'explanation', 'footer', 'title', 'unit', 'note'];
const KIND_CODES = new Map(KINDS.map((kind, i) => [kind, i + 1]));

/**
 * What the cells of a view are, by row and column, in one typed array: this pass looks at every cell of every table,
 * where maps keyed by cell cost more than the rest of it (a view's area is bounded by the hosts' read limits). Kinds
 * are kept for the rows of a window, the whole view unless restricted; cells outside it are never asked about.
 */
class CellKinds {
  private readonly codes: Uint8Array;
  private readonly width: number;
  private top: number;
  private bottom: number;

  constructor(private readonly view: SheetView) {
    this.width = Math.max(0, view.right - view.left + 1);
    this.codes = new Uint8Array(view.rowCount * this.width);
    this.top = view.top;
    this.bottom = view.bottom;
  }

  /** Forgets every kind and keeps those of rows top..bottom only: one array serves each table of a sheet in turn. */
  restrict(top: number, bottom: number): void {
    this.top = Math.max(top, this.view.top);
    this.bottom = Math.min(bottom, this.view.bottom);
    if (this.top <= this.bottom) this.codes.fill(0, (this.top - this.view.top) * this.width, (this.bottom - this.view.top + 1) * this.width);
  }

  get(row: number, col: number): PlacementKind | undefined {
    const at = this.indexOf(row, col);
    const code = at < 0 ? 0 : this.codes[at];
    return code ? KINDS[code - 1] : undefined;
  }

  has(row: number, col: number): boolean {
    return this.get(row, col) !== undefined;
  }

  set(row: number, col: number, kind: PlacementKind): void {
    const at = this.indexOf(row, col);
    if (at >= 0) this.codes[at] = KIND_CODES.get(kind)!;
  }

  private indexOf(row: number, col: number): number {
    if (row < this.top || row > this.bottom || col < this.view.left || col > this.view.right) return -1;
    return (row - this.view.top) * this.width + (col - this.view.left);
  }
}

/** Model cells are decoded to a number, not looked up by their A1 address: the model names every indicator's cells. */
const KEY_STRIDE = 1 << 15;
const keyOf = (row: number, col: number): number => row * KEY_STRIDE + col;

/** "D12" → its key, read character by character (this runs for every cell the model names); -1 if no address. */
function keyOfA1(cell: string): number {
  let col = 0;
  let row = 0;
  let i = 0;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else break;
  }
  if (i === 0 || i === cell.length) return -1;
  for (; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + (code - 48);
  }
  return row === 0 ? -1 : keyOf(row - 1, col - 1);
}

/** Every cell the model names, with what it holds: the first table to name a cell decides. */
function modelPlacement(view: SheetView, tables: Table[]): CellKinds {
  const placed = new CellKinds(view);
  const put = (cell: string | undefined, kind: PlacementKind): void => {
    const key = cell ? keyOfA1(cell) : -1;
    if (key < 0) return;
    const row = Math.floor(key / KEY_STRIDE);
    const col = key % KEY_STRIDE;
    if (!placed.has(row, col)) placed.set(row, col, kind);
  };
  for (const table of tables) modelCells(table, put);
  return placed;
}

interface GridRows {
  /** Each row of an indicator grid, with the columns of the header above it. */
  columns: Map<number, HeaderColumns>;
  /** The rows of every indicator header. */
  headerRows: Set<number>;
  /** The rows where an indicator was read. */
  indicatorRows: Set<number>;
}

/**
 * For a row, the last header (in row order) whose body starts at or above it. Found in one sweep down the view's rows,
 * not by a look at every header for every row: a sheet may stack hundreds of tables.
 */
function governingHeaders(view: SheetView, sorted: HeaderSpan[]): (row: number) => HeaderSpan | null {
  const lastStartingAt = new Map<number, number>();
  sorted.forEach((header, i) => lastStartingAt.set(header.bodyStart, i));
  const governing = new Int32Array(view.rowCount);
  let index = -1;
  for (let row = view.top; row <= view.bottom; row++) {
    index = Math.max(index, lastStartingAt.get(row) ?? -1);
    governing[row - view.top] = index;
  }
  return (row) => {
    const i = row < view.top ? -1 : governing[Math.min(row, view.bottom) - view.top];
    return i >= 0 ? sorted[i] : null;
  };
}

/** The rows of a table's indicator grid: indicators, empty category rows and template lines. */
function tableGridRows(table: Table): number[] {
  return [
    ...table.indicators.map((i) => i.row),
    ...table.emptyCategoryRows.map((r) => cellRow(r.cell)),
    ...(isProject(table) ? (table.templateRows ?? []).map((r) => cellRow(r.cell)) : []),
  ];
}

/** Rows of indicator grids, with the header above each. */
function gridRowsOf(view: SheetView, tables: Table[], headers: HeaderSpan[]): GridRows {
  const grids: GridRows = { columns: new Map(), headerRows: new Set(), indicatorRows: new Set() };
  const columnsOf = new Map<HeaderSpan, HeaderColumns>();
  const sorted = [...headers].sort((a, b) => a.row - b.row);
  const governingHeader = governingHeaders(view, sorted);
  for (const header of sorted) for (let r = header.row; r < header.bodyStart; r++) grids.headerRows.add(r);
  for (const table of tables) {
    for (const indicator of table.indicators) grids.indicatorRows.add(indicator.row);
    for (const row of tableGridRows(table)) {
      if (row < 0 || grids.columns.has(row)) continue;
      const header = governingHeader(row);
      if (!header) continue;
      if (!columnsOf.has(header)) columnsOf.set(header, headerColumns(view, header));
      grids.columns.set(row, columnsOf.get(header)!);
    }
  }
  return grids;
}

/** Labels of a table's rows and the cells their values (or notes) are in. */
function labelledCells(view: SheetView, first: number, last: number, grids: GridRows, local: CellKinds): CellKinds {
  local.restrict(first, last);
  for (let row = first; row <= last; row++) {
    // An indicator row's cells go by its header's columns: a label there is no label of the table's details.
    const grid = grids.columns.get(row);
    for (let col = view.left; col <= view.right; col++) {
      if (grid?.[col - view.left] !== undefined) continue;
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      const role = labelRole(text);
      if (role === 'remark') {
        markNotes(view, row, col, last, local);
        continue;
      }
      if (role === null) continue;
      const at = valueCellOf(view, { row, col }, { top: first, bottom: last });
      if (at.found && !local.has(at.row, at.col)) local.set(at.row, at.col, 'value');
      markValuesBesideMergedLabel(view, row, col, last, local);
    }
  }
  return local;
}

/** A label merged downwards: the first text right of it in each of its rows is a value. */
function markValuesBesideMergedLabel(view: SheetView, row: number, col: number, last: number, local: CellKinds): void {
  const area = view.mergeAt(row, col);
  if (!area || area.bottom <= area.top) return;
  for (let r = area.top; r <= Math.min(area.bottom, last); r++) {
    for (let c = area.right + 1; c <= view.right; c++) {
      if (view.isMergeFollower(r, c)) continue;
      const t = view.text(r, c);
      if (t === '') continue;
      if (!labelKind(t) && !local.has(r, c)) local.set(r, c, 'value');
      break;
    }
  }
}

/**
 * What a table's cell is by its row and its own text, where nothing more telling says: part of the footer or of a
 * self-evaluation's budget block, else a title, a unit line, a footer word or a label.
 */
function byRowAndText(table: Table, grids: GridRows): (row: number, text: string) => PlacementKind | undefined {
  const own = departmentLabels(table);
  const footerFrom = (table.footers ?? []).reduce((min, f) => Math.min(min, cellRow(f.cell)), Infinity);
  const execution = table.execution?.rows ?? null;
  return (row, text) =>
    (row >= footerFrom ? 'footer' : undefined) ??
    (execution && row >= execution.top && row <= execution.bottom ? 'value' : undefined) ??
    genericKind(text, grids.headerRows.has(row), own);
}

/** One table's placement, its unplaced cells, and the values found only beside a label (still looked at for indicators). */
function placeTable(
  view: SheetView,
  table: Table,
  placed: CellKinds,
  grids: GridRows,
  scratch: CellKinds,
): { placement: TablePlacement; unplaced: Loose[]; weak: Loose[] } {
  const { first, last } = table.rows;
  const local = labelledCells(view, first, last, grids, scratch);
  const otherwise = byRowAndText(table, grids);
  const unplacedCells: Loose[] = [];
  const weak: Loose[] = [];
  const unplaced: { cell: string; text: string }[] = [];
  let nonEmpty = 0;
  let minCol = Infinity;
  let maxCol = -Infinity;
  for (let row = first; row <= last; row++) {
    const grid = grids.columns.get(row);
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      nonEmpty++;
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
      const inferred = placed.get(row, col) ?? (grid ? grid[col - view.left] : undefined);
      const labelled = local.get(row, col);
      // A value found only beside a label (not a cell the model names) may still be indicator content misread as
      // the label's: it is placed, but still looked at for unread indicators.
      if (inferred === undefined && labelled === 'value') weak.push({ row, col, text });
      const kind = inferred ?? labelled ?? otherwise(row, text);
      if (kind) continue;
      if (unplaced.length < UNPLACED_KEPT) unplaced.push({ cell: toA1(row, col), text });
      unplacedCells.push({ row, col, text });
    }
  }
  const missing = unplacedCells.length;
  const range = nonEmpty ? rangeToA1({ top: first, bottom: last, left: minCol, right: maxCol }) : toA1(first, view.left);
  const placement: TablePlacement = {
    sheet: view.name,
    range,
    kind: isProject(table) ? 'project' : 'department',
    placedShare: nonEmpty ? Math.round(((nonEmpty - missing) / nonEmpty) * 10000) / 10000 : 1,
    unplacedCount: missing,
    unplaced,
    rows: { first, last },
  };
  return { placement, unplaced: unplacedCells, weak };
}

/** The cells in rows no table covers. */
function cellsOutside(view: SheetView, tables: Table[]): Loose[] {
  const covered = new Set<number>();
  for (const table of tables) for (let r = table.rows.first; r <= table.rows.last; r++) covered.add(r);
  const loose: Loose[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    if (covered.has(row)) continue;
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text !== '') loose.push({ row, col, text });
    }
  }
  return loose;
}

/** The placement of the tables of one sheet, and the blocks of indicator content none of them read. */
export function placeSheet(view: SheetView, tables: Table[], headers: HeaderSpan[]): { placement: TablePlacement[]; unread: UnreadBlock[] } {
  const placed = modelPlacement(view, tables);
  const grids = gridRowsOf(view, tables, headers);
  const scratch = new CellKinds(view); // each table's labelled cells in turn
  const placement: TablePlacement[] = [];
  const unplacedCells: Loose[] = [];
  const weak: Loose[] = [];
  for (const table of tables) {
    const result = placeTable(view, table, placed, grids, scratch);
    placement.push(result.placement);
    unplacedCells.push(...result.unplaced);
    weak.push(...result.weak);
  }
  // Everything nobody read: the unplaced cells of the tables, and every cell outside them.
  const loose: Loose[] = [...unplacedCells, ...weak, ...cellsOutside(view, tables)];
  return { placement, unread: unreadBlocks(view, loose, grids.indicatorRows) };
}

function cellRow(cell: string): number {
  const match = /(\d+)$/.exec(cell);
  return match ? Number(match[1]) - 1 : -1;
}

/** What a text is by itself (title, unit line, footer, label), looked up once per distinct text. */
const textKind = memoize((text: string): PlacementKind | '' => {
  if (isTableTitle(text) || isDepartmentTitle(text) || yearLine(text) !== null) return 'title';
  if (unitLineUnit(text) !== null || (/^(金额|资金)?单位[:：]/.test(squeeze(matchingForm(text))) && text.length <= 24)) return 'unit';
  if (isFooter(text)) return 'footer';
  if (labelKind(text)) return 'label';
  return '';
});

/** What a cell is by its own text, where the model does not say. */
function genericKind(text: string, inHeaderRow: boolean, own: Set<string>): PlacementKind | undefined {
  const kind = textKind(text);
  // A footer word in a header row is a heading there (合计 over a column), a label if the reader knows it.
  if (kind === 'footer' && inHeaderRow) return labelKind(text) || own.has(text) ? 'label' : undefined;
  if (kind !== '') return kind;
  return own.has(text) ? 'label' : undefined;
}

/** The cells right of a 备注/说明 label, and those under it in its column: notes. */
function markNotes(view: SheetView, row: number, col: number, last: number, local: CellKinds): void {
  const area = view.mergeAt(row, col) ?? { top: row, bottom: row, left: col, right: col };
  const markSource = (r: number, c: number): void => {
    const src = view.source(r, c);
    local.set(src.row, src.col, 'note');
  };
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.right + 1; c <= view.right; c++) if (view.text(r, c) !== '') markSource(r, c);
  }
  for (let r = area.bottom + 1; r <= last; r++) {
    if (view.text(r, col) === '') break;
    markSource(r, col);
  }
}

/**
 * A level name with "指标" written (产出指标, 数量指标, 社会效益指标, 满意度指标 …): a bare 产出 or 满意度 among cells nobody
 * read is too weak a sign of an unread grid.
 */
const isWrittenLevelName = (text: string): boolean => squeeze(matchingForm(text)).includes('指标') && isLevelName(text);

/** Units that make a number an amount, a score or a date, not a target: money, points, years and months. */
const NOT_TARGET_UNITS = /^(元|千元|万元|百万元|亿元|万|亿|分|年|月|日|天)$/;

/**
 * A target as a table writes one: a comparator with a number (≥90%, ≤100万元, 不低于95%), a percentage, or a count
 * with its unit (1座, 3550平方米); not a bare number, an amount of money, a score or a date.
 */
export const isTargetLike = memoize((text: string): boolean => {
  if (text.length > 20) return false;
  const parsed = parseValueText(text);
  if (parsed.kind !== 'quantitative' || parsed.inSentence || parsed.number === null) return false;
  if (parsed.comparatorWritten !== null || parsed.unit === '%') return true;
  return parsed.unit !== null && !NOT_TARGET_UNITS.test(parsed.unit);
});

/** How far apart two rows of one block may be. */
const BLOCK_GAP = 3;

/**
 * Blocks of indicator content among the cells nobody read: rows holding a level name or a target, grouped while they
 * are at most BLOCK_GAP rows apart. A block counts when it holds both a level name and a target and no indicator was
 * read in its rows: a spending plan's shares, a scoring rubric's words or a signature box hold no such pair.
 */
function unreadBlocks(view: SheetView, cells: { row: number; col: number; text: string }[], indicatorRows: Set<number>): UnreadBlock[] {
  const signals = new Map<number, { level: boolean; target: boolean }>();
  for (const { row, text } of cells) {
    const level = isWrittenLevelName(text);
    const target = !level && isTargetLike(text);
    if (!level && !target) continue;
    const s = signals.get(row) ?? { level: false, target: false };
    s.level ||= level;
    s.target ||= target;
    signals.set(row, s);
  }
  const rows = [...signals.keys()].sort((a, b) => a - b);
  const blocks: UnreadBlock[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] - rows[end] <= BLOCK_GAP) end++;
    const first = rows[start];
    const last = rows[end];
    const inBlock = rows.slice(start, end + 1).map((r) => signals.get(r)!);
    let readHere = false;
    for (let r = first; r <= last && !readHere; r++) readHere = indicatorRows.has(r);
    const levels = inBlock.filter((s) => s.level).length;
    const targets = inBlock.filter((s) => s.target).length;
    if (levels > 0 && targets > 0 && !readHere) {
      let left = Infinity;
      let right = -Infinity;
      let firstCell = '';
      for (const c of cells) {
        if (c.row < first || c.row > last) continue;
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
      }
      for (let col = view.left; col <= view.right && !firstCell; col++) {
        if (!view.isMergeFollower(first, col) && view.text(first, col) !== '') firstCell = toA1(first, col);
      }
      blocks.push({ sheet: view.name, cell: firstCell || toA1(first, left), rows: { first, last }, range: rangeToA1({ top: first, bottom: last, left, right }) });
    }
    start = end + 1;
  }
  return blocks;
}
