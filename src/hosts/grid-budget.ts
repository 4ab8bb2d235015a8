/**
 * What one workbook's Grid has cost so far, against the read limits: cells, text, the rectangles handed to the core and
 * merged areas. Both hosts count through it (the .xlsx reader as it streams cells, the Excel host as its chunks come
 * back), so that they stop at the same figures with the same messages.
 */
import type { CellValue, MergeArea } from '../core/grid';
import { rangeToA1, toA1 } from '../core/grid';
import type { ReadLimits } from './read-limits';
import { limitExceeded } from './read-limit-error';

export class GridBudget {
  private cells = 0;
  private text = 0;
  private area = 0;
  private merges = 0;
  private mergedCells = 0;

  constructor(readonly limits: ReadLimits) {}

  sheets(count: number): void {
    if (count > this.limits.maxSheets) throw limitExceeded.tooManySheets(this.limits.maxSheets);
  }

  /** A cell holding a value (empty cells cost nothing). */
  value(value: CellValue, sheet: string, row: number, col: number): void {
    if (++this.cells > this.limits.maxCells) throw limitExceeded.tooManyCells(this.limits.maxCells);
    if (typeof value !== 'string') return;
    if (value.length > this.limits.maxCellText) {
      throw limitExceeded.textTooLong({ sheet, cell: toA1(row, col) }, value.length, this.limits.maxCellText);
    }
    this.text += value.length;
    if (this.text > this.limits.maxTotalText) throw limitExceeded.tooMuchText(this.limits.maxTotalText);
  }

  /** A sheet's rectangle, checked before anything that size is allocated. */
  sheetArea(sheet: string, area: MergeArea): void {
    const rows = area.bottom - area.top + 1;
    const columns = area.right - area.left + 1;
    const cells = rows * columns;
    if (cells > this.limits.maxGridCells) {
      throw limitExceeded.sheetAreaTooLarge(sheet, rangeToA1(area), rows, columns, this.limits.maxGridCells);
    }
    this.area += cells;
    if (this.area > this.limits.maxGridCells) throw limitExceeded.workbookAreaTooLarge(sheet, this.limits.maxGridCells);
  }

  /** One more merged area (counted as it is found, before it is kept). */
  merge(): void {
    if (++this.merges > this.limits.maxMerges) throw limitExceeded.tooManyMerges(this.limits.maxMerges);
  }

  /** Merged areas as the core will see them (clamped to the sheet's rectangle): the cells they cover. */
  mergedArea(areas: readonly MergeArea[]): void {
    for (const area of areas) {
      this.mergedCells += (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (this.mergedCells > this.limits.maxMergedCells) throw limitExceeded.mergedCellsTooMany(this.limits.maxMergedCells);
    }
  }
}

/** Merged areas cut to a rectangle; those left covering a single cell (or none) are dropped, as the core ignores them. */
export function clampMerges(merges: readonly MergeArea[], bounds: MergeArea): MergeArea[] {
  const clamped: MergeArea[] = [];
  for (const area of merges) {
    const top = Math.max(area.top, bounds.top);
    const bottom = Math.min(area.bottom, bounds.bottom);
    const left = Math.max(area.left, bounds.left);
    const right = Math.min(area.right, bounds.right);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    clamped.push(top === area.top && bottom === area.bottom && left === area.left && right === area.right ? area : { top, left, bottom, right });
  }
  return clamped;
}
