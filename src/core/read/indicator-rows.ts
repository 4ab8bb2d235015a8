/**
 * Reading the rows of an indicator grid: forward-filling level-1/level-2 labels written once (merged or left blank
 * below), joining values split over 比较符 | 指标值 | 计量单位, and stopping where the grid ends.
 */
import type { EmptyCategoryRow, FooterRow, Indicator, IndicatorCells, ParsedValue } from '../model';
import { parseValueText } from '../normalize/value';
import { KNOWN_UNITS } from '../normalize/units';
import { memoize, squeeze, matchingForm } from '../normalize/text';
import { isCostCategory } from '../normalize/level-name';
import type { SheetView } from './sheet-view';
import type { IndicatorHeader } from './indicator-header';
import { headerLabel, isFooter } from './labels';
import { contentKind } from './cell-content';

export interface FlatProjectKey {
  code: string;
  name: string;
  codeCell: string | null;
  nameCell: string | null;
}

export interface IndicatorRow extends Indicator {
  /** Set in flat exports, where every row names its project. */
  project?: FlatProjectKey;
}

export interface IndicatorBlock {
  indicators: IndicatorRow[];
  emptyCategoryRows: EmptyCategoryRow[];
  /** Unused template lines (指标1:, ……) left in the grid: their first cell and its text. */
  templateRows: { cell: string; text: string }[];
  /** The rows that end the grid: 合计 / 总分, 评价结论, 存在问题, 填表人 … */
  footers: FooterRow[];
  /** Last row that belongs to the grid (header row when it has no indicators). */
  lastRow: number;
}

/**
 * What a comparator column holds that joins the value: symbols and comparator words. Budget-system exports also put
 * "定性"/"定量" or "正向指标"/"反向指标" there, which describe the value and are not part of it.
 */
const comparatorPart = memoize((text: string): string => {
  const key = squeeze(text);
  if (key === '') return '';
  const probe = parseValueText(`${key}1`);
  return probe.kind === 'quantitative' && probe.comparatorWritten !== null ? key : '';
});

/** A unit column that says there is no unit ("-", "/", "无"): the unit, if any, is in the value. */
const NO_UNIT = /^[-—–/／\\无*＊]$|^(无|空)$/;

/** The lines a template prints for the preparer to replace: "指标1:", "指标2：", "……", "...". */
export function isTemplateLine(text: string): boolean {
  return text.length <= 16 && TEMPLATE_LINE.test(text);
}

const TEMPLATE_LINE = /^[\s\u3000]*(?:(?:指标|三级指标|二级指标|一级指标)?[\s\u3000]*[\d０-９一二三四五六七八九十]{1,2}[\s\u3000]*[:：、.．]?|指标[lLI][:：、.．]?|[.…。·、．\s\u3000]{2,})[\s\u3000]*$/;

/** "城镇新增就业人数（人）" → "人"; "合格率（%）" → "%". */
export function unitInName(name: string): string | null {
  const match = /[(（]\s*([^()（）]{1,6})\s*[)）]\s*$/.exec(name);
  if (!match) return null;
  const unit = matchingForm(match[1]).replace(/^单位[:：]/, '').trim();
  return KNOWN_UNITS.includes(unit) || unit === '％' ? unit.replace('％', '%') : null;
}

function applyUnitFromName(parsed: ParsedValue, level3: string, description: string): void {
  if (parsed.kind !== 'quantitative' || parsed.unit !== null) return;
  const unit = unitInName(level3) ?? unitInName(description);
  if (unit === null) return;
  parsed.unit = unit;
  parsed.unitSource = 'name';
  parsed.normalized.unit = unit;
}

/**
 * The value's own text. Under a "指标值" header merged across several columns the value may be written over those
 * cells ("≥" | "2000人次", "≤200" | "万元"): their texts are joined.
 */
function valueCellsText(view: SheetView, row: number, cols: IndicatorHeader['columns']): string {
  const { left, right } = cols.valueSpan;
  if (left === right) return view.text(row, cols.value);
  let joined = '';
  for (let col = left; col <= right; col++) {
    if (col > left && view.isMergeFollower(row, col) && view.mergeAt(row, col)!.left < col) continue;
    joined += view.text(row, col);
  }
  return joined;
}

/** The footer rows from `first` on: each row whose first text is a footer word, up to a blank row or another text. */
function readFooters(
  view: SheetView,
  first: number,
  cols: IndicatorHeader['columns'],
  isBoundary: (row: number) => boolean,
): { footers: FooterRow[]; last: number } {
  const footers: FooterRow[] = [];
  let last = first - 1;
  for (let row = first; row <= view.bottom && !isBoundary(row); row++) {
    const texts: { text: string; col: number }[] = [];
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text !== '') texts.push({ text, col });
    }
    if (texts.length === 0 || !isFooter(texts[0].text)) break;
    const [label, ...rest] = texts;
    const footer: FooterRow = { label: label.text, cell: view.address(row, label.col), text: '' };
    const prose = rest.find((t) => t.col !== cols.weight && t.col !== cols.score && !isFooter(t.text));
    if (prose) {
      footer.text = prose.text;
      footer.textCell = view.address(row, prose.col);
    }
    const amount = (col: number | null): { amount: number; cell: string } | undefined => {
      if (col === null || col <= label.col) return undefined;
      const n = numberIn(view.text(row, col));
      return n === null ? undefined : { amount: n, cell: view.address(row, col) };
    };
    const weight = amount(cols.weight);
    const score = amount(cols.score);
    if (weight) footer.weight = weight;
    if (score) footer.score = score;
    footers.push(footer);
    last = view.mergeAt(row, label.col)?.bottom ?? row;
    row = last;
  }
  return { footers, last };
}

/** "60", "60分", "60%" → 60; null for anything else. */
function numberIn(text: string): number | null {
  const match = /^([+-]?\d+(?:\.\d+)?)\s*(分|%)?$/.exec(squeeze(matchingForm(text)));
  return match ? Number(match[1]) : null;
}

type Columns = IndicatorHeader['columns'];

function cellText(view: SheetView, row: number, col: number | null): string {
  return col === null ? '' : view.text(row, col);
}

function cellAddress(view: SheetView, row: number, col: number | null): string | undefined {
  return col === null ? undefined : view.address(row, col);
}

// ---- What a row is ------------------------------------------------------------------------------------------------

/**
 * A row of the body before its cells are read: a footer (合计, 评价结论 …), a row with content in the grid's columns, a
 * row with text beside the grid only (a note under the table), a row inside a level name merged down, or a blank row.
 */
type RowShape = 'footer' | 'content' | 'beside' | 'inside-merge' | 'blank';

function rowShape(view: SheetView, row: number, cols: Columns, bodyStart: number): RowShape {
  let ownContent = false;
  let firstText = '';
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const t = view.text(row, col);
    if (t === '') continue;
    if (firstText === '') firstText = t;
    if (col >= cols.left && col <= cols.right) ownContent = true;
  }
  if (firstText !== '' && isFooter(firstText)) return 'footer';
  if (ownContent) return 'content';
  if (firstText !== '') return 'beside';
  return insideLevelMerge(view, row, cols, bodyStart) ? 'inside-merge' : 'blank';
}

/**
 * A row covered by a level name merged down from a row of the grid (时效指标 over three empty rows) is inside the
 * grid, however empty.
 */
function insideLevelMerge(view: SheetView, row: number, cols: Columns, bodyStart: number): boolean {
  for (let col = cols.left; col <= cols.right; col++) {
    const area = view.mergeAt(row, col);
    if (area !== null && area.top >= bodyStart && area.top < row) return true;
  }
  return false;
}

// ---- What is carried down -----------------------------------------------------------------------------------------

/** A text and its cell (where the text was written, for a text carried down from a row above). */
interface Placed {
  text: string;
  cell: string | undefined;
}

/** What a row leaves to the rows below: level names and a basis written once for a group, a flat export's project. */
interface Carried {
  level1: Placed;
  level2: Placed;
  basis: Placed;
  project: FlatProjectKey;
}

const NOTHING_CARRIED: Carried = {
  level1: { text: '', cell: undefined },
  level2: { text: '', cell: undefined },
  basis: { text: '', cell: undefined },
  project: { code: '', name: '', codeCell: null, nameCell: null },
};

/**
 * The column of the level-1 name. Under a level-1 heading merged over two columns, a section label ("绩效指标") may
 * sit beside the names: the name is the first cell that is no label.
 */
function level1Column(view: SheetView, row: number, cols: Columns): number | null {
  const span = cols.level1Span;
  if (!span || span.right <= span.left) return cols.level1;
  for (let col = span.left; col < span.right; col++) {
    const t = view.text(row, col);
    if (t === '' || headerLabel(t)?.kind !== 'indicatorSection') return col;
  }
  return span.right;
}

interface Levels {
  level1: Placed;
  level2: Placed;
  /** Written in this row (not blank, not merged down from above). */
  freshLevel1: boolean;
  freshLevel2: boolean;
}

/** Level 1 and 2, forward-filled when written once for a group of rows; level 2 only within the same level 1. */
function readLevels(view: SheetView, row: number, cols: Columns, above: Carried): Levels {
  const level1Col = level1Column(view, row, cols);
  const own1 = cellText(view, row, level1Col);
  const freshLevel1 = own1 !== '' && level1Col !== null && !view.isMergeFollower(row, level1Col);
  const level1 = own1 === '' ? above.level1 : { text: own1, cell: cellAddress(view, row, level1Col) };
  const sameGroup = !freshLevel1 || level1.text === above.level1.text;
  const own2 = cellText(view, row, cols.level2);
  const freshLevel2 = own2 !== '' && cols.level2 !== null && !view.isMergeFollower(row, cols.level2);
  const level2 = own2 === '' && sameGroup ? above.level2 : { text: own2, cell: cellAddress(view, row, cols.level2) };
  return { level1, level2, freshLevel1, freshLevel2 };
}

/** The basis; without merge information a basis written once for the whole grid reads as blank below: carried down. */
function readBasis(view: SheetView, row: number, cols: Columns, above: Placed): Placed {
  const text = cellText(view, row, cols.basis);
  if (text === '' && !view.mergesKnown && cols.basis !== null && above.text !== '') return above;
  return { text, cell: cellAddress(view, row, cols.basis) };
}

/** A flat export's project: the code and name this row writes, else the row above's. */
function readProject(view: SheetView, row: number, cols: Columns, above: FlatProjectKey): FlatProjectKey {
  if (cols.projectCode === null && cols.projectName === null) return above;
  const code = cellText(view, row, cols.projectCode);
  const name = cellText(view, row, cols.projectName);
  if (code === '' && name === '') return above;
  const changed = (code !== '' && code !== above.code) || (name !== '' && name !== above.name);
  return {
    code: code || (changed ? '' : above.code),
    name: name || (changed ? '' : above.name),
    codeCell: code ? view.address(row, cols.projectCode!) : changed ? null : above.codeCell,
    nameCell: name ? view.address(row, cols.projectName!) : changed ? null : above.nameCell,
  };
}

// ---- The value ----------------------------------------------------------------------------------------------------

/** The texts of a row's own cells, the value joined from its columns. */
interface RowTexts {
  level3: string;
  description: string;
  /** The value column(s) as written. */
  valueText: string;
  /** The value with the comparator column's symbol and the unit column's unit joined. */
  value: string;
  /** The unit column as written. */
  unitCellText: string;
  basis: Placed;
}

/**
 * The value as written with the comparator before it; the unit column's unit joins a bare number only: "28.8万元"
 * beside "%" keeps its own (the clash is a finding).
 */
function joinValue(valueText: string, comparatorText: string, unitCellText: string): string {
  if (valueText === '') return '';
  const unitText = NO_UNIT.test(unitCellText) ? '' : unitCellText;
  const bare = /^[≥≤><=＞＜＝≧≦]?\s*[+-]?\d+(?:\.\d+)?$/.test(matchingForm(valueText).trim());
  return comparatorPart(comparatorText) + valueText + (unitText !== '' && bare ? unitText : '');
}

function readRowTexts(view: SheetView, row: number, cols: Columns, basisAbove: Placed): RowTexts {
  const valueText = valueCellsText(view, row, cols);
  const unitCellText = cellText(view, row, cols.unit);
  return {
    level3: cellText(view, row, cols.level3),
    description: cellText(view, row, cols.description),
    valueText,
    value: joinValue(valueText, cellText(view, row, cols.comparator), unitCellText),
    unitCellText,
    basis: readBasis(view, row, cols, basisAbove),
  };
}

// ---- Level trees --------------------------------------------------------------------------------------------------

/** The next row with a name in the tree's names column holds a level-2 name on a row of its own. */
function nextIsLevel2(view: SheetView, row: number, cols: Columns): boolean {
  for (let r = row + 1; r <= view.bottom; r++) {
    const text = cellText(view, r, cols.level3);
    if (text === '') continue;
    const kind = contentKind(text);
    return (kind === 'level2' || kind === 'levelEither') && valueCellsText(view, r, cols) === '';
  }
  return false;
}

/**
 * In a level tree, a row with a name and no target is a level name or a project's name: what the rows below carry.
 * 成本指标 and 满意度指标 head level 1 where a level-2 name follows them, else level 2 under the level 1 above.
 */
function treeRow(view: SheetView, row: number, cols: Columns, carried: Carried): Carried | null {
  const text = cellText(view, row, cols.level3);
  if (text === '' || valueCellsText(view, row, cols) !== '') return null;
  const placed = { text, cell: cellAddress(view, row, cols.level3) };
  const kind = contentKind(text);
  if (kind === 'level1' || (kind === 'levelEither' && (carried.level1.text === '' || nextIsLevel2(view, row, cols)))) {
    return { ...carried, level1: placed, level2: NOTHING_CARRIED.level2 };
  }
  if (kind === 'level2' || kind === 'levelEither') return { ...carried, level2: placed };
  // A project's row: before any level name, or with its amount. Under a level name, a name with no target is an
  // indicator whose target is missing.
  const amount = cols.projectBudget !== null && cellText(view, row, cols.projectBudget) !== '';
  if (carried.level1.text !== '' && !amount) return null;
  return { ...NOTHING_CARRIED, project: { code: '', name: text, codeCell: null, nameCell: placed.cell ?? null } };
}

// ---- What the row gives -------------------------------------------------------------------------------------------

/** "指标1:" | "" or "……": a line the template printed for the preparer to replace. */
function isTemplateRow(texts: RowTexts): boolean {
  const blankOrTemplate = (t: string): boolean => t === '' || isTemplateLine(t);
  const { level3, valueText, description } = texts;
  // A bare number in the value column (88) is a value, however like a template's numbering (指标1, 2、) it looks.
  const valueIsNumber = /^\d+(?:\.\d+)?$/.test(valueText.trim());
  return (level3 !== '' || valueText !== '') && !valueIsNumber && blankOrTemplate(valueText) && blankOrTemplate(level3) && blankOrTemplate(description);
}

function templateRow(view: SheetView, row: number, cols: Columns, texts: RowTexts): { cell: string; text: string } {
  const col = texts.level3 !== '' ? cols.level3 : cols.value;
  return { cell: cellAddress(view, row, col) ?? view.address(row, cols.left), text: texts.level3 || texts.valueText };
}

/** A level-2 row the template printed but nobody filled in, when it writes a level name of its own. */
function emptyCategoryRow(view: SheetView, row: number, cols: Columns, levels: Levels): EmptyCategoryRow | null {
  if (!levels.freshLevel2 && !levels.freshLevel1) return null;
  const cell = (levels.freshLevel2 ? levels.level2.cell : levels.level1.cell) ?? view.address(row, cols.left);
  return { level1: levels.level1.text, level2: levels.level2.text, cell };
}

/** Only the cells the grid has: keys added, never deleted (a deleted key makes every later lookup slow). */
function indicatorCells(view: SheetView, row: number, cols: Columns, levels: Levels, basisCell: string | undefined): IndicatorCells {
  const cells: IndicatorCells = {};
  const put = (key: keyof IndicatorCells, cell: string | undefined): void => {
    if (cell !== undefined) cells[key] = cell;
  };
  put('level1', levels.level1.cell);
  put('level2', levels.level2.cell);
  for (const key of ['level3', 'description', 'value', 'comparator', 'unit'] as const) put(key, cellAddress(view, row, cols[key]));
  put('basis', basisCell);
  for (const key of ['weight', 'valueType', 'direction', 'actual', 'score', 'reason'] as const) put(key, cellAddress(view, row, cols[key]));
  return cells;
}

/** A row with content as read: its levels (filled from the rows above), its own texts, its project. */
interface ContentRow {
  row: number;
  levels: Levels;
  texts: RowTexts;
  project: FlatProjectKey;
}

function buildIndicator(view: SheetView, cols: Columns, { row, levels, texts, project }: ContentRow): IndicatorRow {
  const level1 = levels.level1.text;
  const level2 = levels.level2.text;
  const { level3, description, value } = texts;
  const parsed = parseValueText(value, { money: isCostCategory(level1, level2) });
  applyUnitFromName(parsed, level3, description);
  const weight = numberIn(cellText(view, row, cols.weight));
  const cells = indicatorCells(view, row, cols, levels, texts.basis.cell);
  const indicator: IndicatorRow = { level1, level2, level3, description, value, basis: texts.basis.text, weight, parsed, row, cells };
  if (cols.unit !== null) indicator.unitColumn = texts.unitCellText;
  if (cols.valueType !== null) indicator.valueType = cellText(view, row, cols.valueType);
  if (cols.direction !== null) indicator.direction = cellText(view, row, cols.direction);
  if (cols.actual !== null) indicator.actual = cellText(view, row, cols.actual);
  if (cols.score !== null) indicator.score = numberIn(cellText(view, row, cols.score));
  if (cols.reason !== null) indicator.reason = cellText(view, row, cols.reason);
  if (cols.projectCode !== null || cols.projectName !== null) indicator.project = { ...project };
  return indicator;
}

/** Adds what a row with content gives to the block: a template line, an empty category row or an indicator. */
function addContentRow(block: IndicatorBlock, view: SheetView, cols: Columns, content: ContentRow): void {
  const { row, levels, texts } = content;
  if (isTemplateRow(texts)) {
    block.templateRows.push(templateRow(view, row, cols, texts));
    block.lastRow = row;
  } else if (texts.level3 === '' && texts.value === '' && texts.description === '') {
    const empty = emptyCategoryRow(view, row, cols, levels);
    if (!empty) return;
    block.emptyCategoryRows.push(empty);
    block.lastRow = row;
  } else {
    block.indicators.push(buildIndicator(view, cols, content));
    block.lastRow = row;
  }
}

// ---- The rows together --------------------------------------------------------------------------------------------

/**
 * The rows under an indicator header, up to a boundary, the footer rows, a note beside the grid, two blank rows or a
 * level-1 column holding prose. Each row is sorted by its shape, its levels filled from the rows above, its value
 * joined, and what it gives added to the block.
 */
export function readIndicatorRows(view: SheetView, header: IndicatorHeader, isBoundary: (row: number) => boolean): IndicatorBlock {
  const cols = header.columns;
  const block: IndicatorBlock = { indicators: [], emptyCategoryRows: [], templateRows: [], footers: [], lastRow: header.bodyStart - 1 };
  let carried = NOTHING_CARRIED;
  let blankRun = 0;
  for (let row = header.bodyStart; row <= view.bottom; row++) {
    if (isBoundary(row)) break;
    const shape = rowShape(view, row, cols, header.bodyStart);
    if (shape === 'footer') {
      const read = readFooters(view, row, cols, isBoundary);
      block.footers = read.footers;
      if (read.last >= row) block.lastRow = read.last;
      break;
    }
    if (shape === 'inside-merge') continue;
    if (shape === 'beside') break; // text beside the grid only: a note under the table
    if (shape === 'blank') {
      blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    const tree = cols.levelsInNames ? treeRow(view, row, cols, carried) : null;
    if (tree) {
      carried = tree;
      block.lastRow = row;
      continue;
    }
    const levels = readLevels(view, row, cols, carried);
    const texts = readRowTexts(view, row, cols, carried.basis);
    // Level-1 column holding prose (a closing remark spread over the row) ends the grid.
    if (texts.level3 === '' && texts.value === '' && texts.description === '' && levels.level1.text.length > 30) break;
    const project = cols.levelsInNames ? carried.project : readProject(view, row, cols, carried.project);
    carried = { level1: levels.level1, level2: levels.level2, basis: texts.basis.text !== '' ? texts.basis : carried.basis, project };
    addContentRow(block, view, cols, { row, levels, texts, project });
  }
  return block;
}
