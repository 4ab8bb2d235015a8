/**
 * Labels in the block above an indicator grid and the cells that hold their values: to the right of the label
 * (after its merged area), or below it when the labels form a header row of their own.
 */
import type { MergeArea } from '../grid';
import type { SheetView } from './sheet-view';
import { infoLabel, inlineInfoLabel, isKnownLabel, type InfoLabel } from './labels';
import { unitInLabel, unitLineUnit } from '../normalize/money';
import { memoize } from '../normalize/text';

export interface LabelCell {
  row: number;
  col: number;
  kind: InfoLabel;
  note: string | null;
  text: string;
  /** The value written in the same cell after a colon ("项目名称：XXX"). */
  inlineValue: string | null;
}

export interface ValueCell {
  row: number;
  col: number;
  /** False when the label has no value: the position is where the value would be. */
  found: boolean;
}

export interface Rows {
  top: number;
  bottom: number;
}

/** Fields written as "label：value" in one cell ("项目名称：XXX", "绩效目标：…", "其中：财政资金：1,500,000.00"). */
const INLINE_KINDS = new Set<InfoLabel>([
  'code',
  'name',
  'department',
  'agency',
  'budget',
  'budgetAnnual',
  'fiscal',
  'other',
  'carryOver',
  'extraFunds',
  'goal',
  'goalAnnual',
  'usage',
]);

/** A text as an info label: a label of its own, or one written with its value; looked up once per distinct text. */
const infoLabelOf = memoize((text: string): Pick<LabelCell, 'kind' | 'note' | 'inlineValue'> | null => {
  const match = infoLabel(text);
  if (match) return { kind: match.kind, note: match.note, inlineValue: null };
  const inline = inlineInfoLabel(text);
  return inline && INLINE_KINDS.has(inline.kind) ? { kind: inline.kind, note: null, inlineValue: inline.value } : null;
});

/** Every info label in the rows, in reading order. */
export function findInfoLabels(view: SheetView, rows: Rows): LabelCell[] {
  const labels: LabelCell[] = [];
  for (let row = rows.top; row <= rows.bottom; row++) {
    for (let col = view.left; col <= view.right; col++) {
      if (view.isMergeFollower(row, col)) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      const label = infoLabelOf(text);
      if (label) labels.push({ row, col, kind: label.kind, note: label.note, text, inlineValue: label.inlineValue });
    }
  }
  return labels;
}

/** A text no value is ever taken from: a label, a unit line, or a column heading with its unit (金额(万元)). */
const isLabelLike = memoize(
  (text: string): boolean => isKnownLabel(text) || unitLineUnit(text) !== null || (text.length <= 12 && !/\d/.test(text) && unitInLabel(text) !== null),
);

function rowHoldsOnlyLabels(view: SheetView, row: number): boolean {
  for (let col = view.left; col <= view.right; col++) {
    if (view.isMergeFollower(row, col)) continue;
    const text = view.text(row, col);
    if (text !== '' && !isLabelLike(text)) return false;
  }
  return true;
}

function areaOf(view: SheetView, row: number, col: number): MergeArea {
  return view.mergeAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
}

/**
 * The cell holding a label's value. To the right first: the next cell after the label's merged area (when merges
 * are unknown, blank cells are skipped, as they may be the rest of a merged label). Then below, but only from a cell
 * that is not part of a wider merged area (a usage text merged under a row of labels is not their value).
 */
export function valueCellOf(view: SheetView, label: { row: number; col: number }, rows: Rows): ValueCell {
  // The label's merged area, if any, by its edges: no object made for a label in one cell (valueCellOf runs often).
  const area = view.mergeAt(label.row, label.col);
  const firstRight = (area?.right ?? label.col) + 1;
  for (let col = firstRight; col <= view.right; col++) {
    if (view.isMergeFollower(label.row, col) && view.mergeAt(label.row, col)!.left < firstRight) continue;
    const text = view.text(label.row, col);
    if (text === '') {
      if (view.mergesKnown) break;
      continue;
    }
    if (isLabelLike(text) || headingOverAmount(view, label, area?.bottom ?? label.row, text)) break;
    return { row: label.row, col, found: true };
  }
  // Below only when the label's row is a row of labels (a header over a row of values); in a row that mixes
  // labels and values, a blank value is blank, and the cell below belongs to something else.
  const below = (area?.bottom ?? label.row) + 1;
  const headingRow = rowHoldsOnlyLabels(view, label.row) || headingOverAmount(view, label, below - 1, view.text(label.row, firstRight));
  if (below <= rows.bottom && headingRow) {
    const text = view.text(below, label.col);
    const belowArea = view.mergeAt(below, label.col);
    const startsUnderLabel = belowArea === null || belowArea.left >= (area?.left ?? label.col);
    if (text !== '' && !isLabelLike(text) && startsUnderLabel) {
      const src = view.source(below, label.col);
      return { row: src.row, col: src.col, found: true };
    }
    // A heading over an empty cell: the value belongs below it.
    if (text === '' && startsUnderLabel) return { row: below, col: label.col, found: false };
  }
  return { row: label.row, col: firstRight, found: false };
}

/**
 * A row of headings over a row of amounts, one heading misspelt by a scan (年度资金总额 | 年初预匏数 | …, 64.8 below):
 * the text right of the label has no digit and is short, and the cell under the label is a number.
 */
function headingOverAmount(view: SheetView, label: { row: number; col: number }, bottom: number, right: string): boolean {
  if (right === '' || right.length > 12 || bottom + 1 > view.bottom) return false;
  // Digits only in a heading's own words (1-6月执行数, 2024年预算数), never in an amount.
  if (/\d/.test(right) && !/(数|额|率|金额|情况|进度)([(（].*[)）])?$/.test(right)) return false;
  return typeof view.value(bottom + 1, label.col) === 'number';
}

/**
 * Text spread over the rows of a label merged downwards ("绩效目标" over two rows holding "1.…" and "2.…"), taken
 * from the value's column; a single row otherwise.
 */
export function textAcrossLabelRows(view: SheetView, label: { row: number; col: number }, value: ValueCell): string {
  const area = areaOf(view, label.row, label.col);
  if (!value.found) return '';
  if (area.bottom === area.top || value.row !== label.row) return view.text(value.row, value.col);
  const parts: string[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    if (row !== value.row && view.isMergeFollower(row, value.col) && view.mergeAt(row, value.col)!.top < row) continue;
    // The first non-blank cell right of the label in each row of the label's span.
    for (let col = area.right + 1; col <= view.right; col++) {
      if (view.isMergeFollower(row, col) && view.mergeAt(row, col)!.left < col) continue;
      const text = view.text(row, col);
      if (text === '') continue;
      if (!isLabelLike(text)) parts.push(text);
      break;
    }
  }
  return parts.join('\n');
}
