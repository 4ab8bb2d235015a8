/**
 * Reading the rows of an indicator grid: forward-filling level-1/level-2 labels written once (merged or left blank
 * below), joining values split over 比较符 | 指标值 | 计量单位, and stopping where the grid ends.
 */
import type { EmptyCategoryRow, FooterRow, Indicator, IndicatorCells, ParsedValue } from '../model';
import { parseValueText } from '../normalize/value';
import { KNOWN_UNITS } from '../normalize/units';
import { memoize, squeeze, toHalfWidth } from '../normalize/text';
import { isCostCategory } from '../normalize/level-name';
import type { SheetView } from './sheet-view';
import type { IndicatorHeader } from './indicator-header';
import { headerLabel, isFooter } from './labels';

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

const TEMPLATE_LINE = /^[\s\u3000]*(?:(?:指标|三级指标|二级指标|一级指标)?[\s\u3000]*[\d０-９一二三四五六七八九十]{1,2}[\s\u3000]*[:：、.．]?|[.…。·、．\s\u3000]{2,})[\s\u3000]*$/;

/** "城镇新增就业人数（人）" → "人"; "合格率（%）" → "%". */
export function unitInName(name: string): string | null {
  const match = /[(（]\s*([^()（）]{1,6})\s*[)）]\s*$/.exec(name);
  if (!match) return null;
  const unit = toHalfWidth(match[1]).replace(/^单位[:：]/, '').trim();
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
  const match = /^([+-]?\d+(?:\.\d+)?)\s*(分|%)?$/.exec(squeeze(toHalfWidth(text)));
  return match ? Number(match[1]) : null;
}

export function readIndicatorRows(
  view: SheetView,
  header: IndicatorHeader,
  isBoundary: (row: number) => boolean,
): IndicatorBlock {
  const cols = header.columns;
  const text = (row: number, col: number | null): string => (col === null ? '' : view.text(row, col));
  const address = (row: number, col: number | null): string | undefined =>
    col === null ? undefined : view.address(row, col);

  const indicators: IndicatorRow[] = [];
  const emptyCategoryRows: EmptyCategoryRow[] = [];
  const templateRows: { cell: string; text: string }[] = [];
  let footers: FooterRow[] = [];
  let lastRow = header.bodyStart - 1;
  let blankRun = 0;
  let prev1 = { text: '', cell: undefined as string | undefined };
  let prev2 = { text: '', cell: undefined as string | undefined };
  let prevBasis = { text: '', cell: undefined as string | undefined };
  let prevProject = { code: '', name: '', codeCell: null as string | null, nameCell: null as string | null };

  for (let row = header.bodyStart; row <= view.bottom; row++) {
    if (isBoundary(row)) break;
    let ownContent = false;
    let firstOwnText = '';
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const t = view.text(row, col);
      if (t === '') continue;
      if (firstOwnText === '') firstOwnText = t;
      if (col >= cols.left && col <= cols.right) ownContent = true;
    }
    if (firstOwnText !== '' && isFooter(firstOwnText)) {
      const read = readFooters(view, row, cols, isBoundary);
      footers = read.footers;
      if (read.last >= row) lastRow = read.last;
      break;
    }
    // A row covered by a level name merged down from a row of the grid (时效指标 over three empty rows) is inside
    // the grid, however empty.
    if (!ownContent && firstOwnText === '') {
      let insideMerge = false;
      for (let col = cols.left; col <= cols.right && !insideMerge; col++) {
        const area = view.mergeAt(row, col);
        insideMerge = area !== null && area.top >= header.bodyStart && area.top < row;
      }
      if (insideMerge) continue;
    }
    if (!ownContent) {
      if (firstOwnText !== '') break; // text beside the grid only: a note under the table
      blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;

    // Level 1 and 2, forward-filled when written once for a group of rows. Under a level-1 heading merged over two
    // columns, a section label ("绩效指标") may sit beside the names: the name is the first cell that is no label.
    let level1Col = cols.level1;
    const span = cols.level1Span;
    for (let col = span?.left ?? 0; span && col <= span.right && span.right > span.left; col++) {
      const t = view.text(row, col);
      if (t !== '' && headerLabel(t)?.kind === 'indicatorSection' && col < span.right) continue;
      level1Col = col;
      break;
    }
    let level1 = text(row, level1Col);
    let level1Cell = address(row, level1Col);
    const freshLevel1 = level1 !== '' && level1Col !== null && !view.isMergeFollower(row, level1Col);
    if (level1 === '') {
      level1 = prev1.text;
      level1Cell = prev1.cell;
    }
    const sameGroup = !freshLevel1 || level1 === prev1.text;
    let level2 = text(row, cols.level2);
    let level2Cell = address(row, cols.level2);
    const freshLevel2 = level2 !== '' && cols.level2 !== null && !view.isMergeFollower(row, cols.level2);
    if (level2 === '' && sameGroup) {
      level2 = prev2.text;
      level2Cell = prev2.cell;
    }

    const level3 = text(row, cols.level3);
    const description = text(row, cols.description);
    const valueText = valueCellsText(view, row, cols);
    const comparatorText = comparatorPart(text(row, cols.comparator));
    const unitCellText = text(row, cols.unit);
    const unitText = NO_UNIT.test(unitCellText) ? '' : unitCellText;
    let basis = text(row, cols.basis);
    let basisCell = address(row, cols.basis);
    // Without merge information a basis written once for the whole grid reads as blank below: carry it down.
    if (basis === '' && !view.mergesKnown && cols.basis !== null && prevBasis.text !== '') {
      basis = prevBasis.text;
      basisCell = prevBasis.cell;
    }

    let value = valueText;
    if (valueText !== '') {
      // The unit column's unit joins a bare number only: "28.8万元" beside "%" keeps its own (the clash is a finding).
      const bare = /^[≥≤><=＞＜＝≧≦]?\s*[+-]?\d+(?:\.\d+)?$/.test(toHalfWidth(valueText).trim());
      value = comparatorText + valueText + (unitText !== '' && bare ? unitText : '');
    }

    // Level-1 column holding prose (a closing remark spread over the row) ends the grid.
    if (level3 === '' && value === '' && description === '' && level1.length > 30) break;

    if (cols.projectCode !== null || cols.projectName !== null) {
      const code = text(row, cols.projectCode);
      const name = text(row, cols.projectName);
      if (code !== '' || name !== '') {
        const changed = (code !== '' && code !== prevProject.code) || (name !== '' && name !== prevProject.name);
        prevProject = {
          code: code || (changed ? '' : prevProject.code),
          name: name || (changed ? '' : prevProject.name),
          codeCell: code ? view.address(row, cols.projectCode!) : changed ? null : prevProject.codeCell,
          nameCell: name ? view.address(row, cols.projectName!) : changed ? null : prevProject.nameCell,
        };
      }
    }

    prev1 = { text: level1, cell: level1Cell };
    prev2 = { text: level2, cell: level2Cell };
    if (basis !== '') prevBasis = { text: basis, cell: basisCell };

    const blankOrTemplate = (t: string): boolean => t === '' || isTemplateLine(t);
    if ((level3 !== '' || valueText !== '') && blankOrTemplate(valueText) && blankOrTemplate(level3) && blankOrTemplate(description)) {
      // "指标1:" | "" or "……": a line the template printed for the preparer to replace.
      const col = level3 !== '' ? cols.level3 : cols.value;
      templateRows.push({ cell: address(row, col) ?? view.address(row, cols.left), text: level3 || valueText });
      lastRow = row;
      continue;
    }

    if (level3 === '' && value === '' && description === '') {
      // A level-2 row the template printed but nobody filled in.
      if (freshLevel2 || freshLevel1) {
        emptyCategoryRows.push({ level1, level2, cell: (freshLevel2 ? level2Cell : level1Cell) ?? view.address(row, cols.left) });
        lastRow = row;
      }
      continue;
    }

    const parsed = parseValueText(value, { money: isCostCategory(level1, level2) });
    applyUnitFromName(parsed, level3, description);
    const weight = numberIn(text(row, cols.weight));
    // Only the cells the grid has: keys added, never deleted (a deleted key makes every later lookup slow).
    const cells: IndicatorCells = {};
    const put = (key: keyof IndicatorCells, cell: string | undefined): void => {
      if (cell !== undefined) cells[key] = cell;
    };
    put('level1', level1Cell);
    put('level2', level2Cell);
    put('level3', address(row, cols.level3));
    put('description', address(row, cols.description));
    put('value', address(row, cols.value));
    put('comparator', address(row, cols.comparator));
    put('unit', address(row, cols.unit));
    put('basis', basisCell);
    put('weight', address(row, cols.weight));
    put('valueType', address(row, cols.valueType));
    put('direction', address(row, cols.direction));
    put('actual', address(row, cols.actual));
    put('score', address(row, cols.score));
    put('reason', address(row, cols.reason));
    const indicator: IndicatorRow = {
      level1,
      level2,
      level3,
      description,
      value,
      basis,
      weight,
      parsed,
      row,
      cells,
    };
    if (cols.unit !== null) indicator.unitColumn = unitCellText;
    if (cols.valueType !== null) indicator.valueType = text(row, cols.valueType);
    if (cols.direction !== null) indicator.direction = text(row, cols.direction);
    if (cols.actual !== null) indicator.actual = text(row, cols.actual);
    if (cols.score !== null) indicator.score = numberIn(text(row, cols.score));
    if (cols.reason !== null) indicator.reason = text(row, cols.reason);
    if (cols.projectCode !== null || cols.projectName !== null) indicator.project = { ...prevProject };
    indicators.push(indicator);
    lastRow = row;
  }
  return { indicators, emptyCategoryRows, templateRows, footers, lastRow };
}
