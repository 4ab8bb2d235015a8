/**
 * A read-only view of one SheetGrid in absolute coordinates, with merged areas resolved: every cell of a merged
 * area reads as its top-left cell and reports that cell as its source.
 */
import type { CellValue, MergeArea, SheetGrid } from '../grid';
import { toA1 } from '../grid';
import { numberCellText } from '../normalize/value';


export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly mergesKnown: boolean;
  private readonly grid: SheetGrid;
  /** Per row of the used range, the merged area each cell belongs to (rows without merges have none). */
  private readonly mergeRows: (MergeArea | undefined)[][] = [];
  /** Per row, the text of each cell once it was asked for: arrays, not a map keyed by cell, on the hottest path. */
  private readonly textRows: (string | undefined)[][] = [];

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.top = grid.top;
    this.left = grid.left;
    let width = 0;
    for (const row of grid.values) if (row && row.length > width) width = row.length;
    this.bottom = grid.top + grid.values.length - 1;
    this.right = grid.left + width - 1;
    this.mergesKnown = grid.merges !== undefined;
    for (const area of grid.merges ?? []) {
      // Clamp to the used range: a merge over whole columns must not cost a million entries.
      const top = Math.max(area.top, this.top);
      const bottom = Math.min(area.bottom, this.bottom);
      const left = Math.max(area.left, this.left);
      const right = Math.min(area.right, this.right);
      if (top > bottom || left > right) continue;
      if (area.top === area.bottom && area.left === area.right) continue;
      for (let r = top; r <= bottom; r++) {
        const cells = (this.mergeRows[r - this.top] ??= []);
        for (let c = left; c <= right; c++) cells[c - this.left] = area;
      }
    }
  }

  get rowCount(): number {
    return this.bottom - this.top + 1;
  }

  /** The merged area a cell belongs to, or null. */
  mergeAt(row: number, col: number): MergeArea | null {
    const cells = this.mergeRows[row - this.top];
    if (cells === undefined || col < this.left) return null;
    return cells[col - this.left] ?? null;
  }

  /** The cell whose content this cell shows: the top-left of its merged area, or itself. */
  source(row: number, col: number): { row: number; col: number } {
    const area = this.mergeAt(row, col);
    return area ? { row: area.top, col: area.left } : { row, col };
  }

  address(row: number, col: number): string {
    const area = this.mergeAt(row, col);
    return area ? toA1(area.top, area.left) : toA1(row, col);
  }

  /** True for the cells of a merged area other than its top-left. */
  isMergeFollower(row: number, col: number): boolean {
    const area = this.mergeAt(row, col);
    return area !== null && (area.top !== row || area.left !== col);
  }

  private own(row: number, col: number): CellValue {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0) return null;
    const cells = this.grid.values[r];
    if (!cells || c >= cells.length) return null;
    const value = cells[c];
    return value === undefined ? null : value;
  }

  private ownFormat(row: number, col: number): string | null {
    const formats = this.grid.numberFormats;
    if (!formats) return null;
    const cells = formats[row - this.top];
    return cells?.[col - this.left] ?? null;
  }

  /** The value the cell shows (a merged area's value in all of its cells). */
  value(row: number, col: number): CellValue {
    // The area itself, not source(): no object made on this path, asked for every cell.
    const area = this.mergeAt(row, col);
    return area ? this.own(area.top, area.left) : this.own(row, col);
  }

  format(row: number, col: number): string | null {
    const area = this.mergeAt(row, col);
    return area ? this.ownFormat(area.top, area.left) : this.ownFormat(row, col);
  }

  /** The text a reader sees, trimmed: "95%" for 0.95 formatted as a percentage, "" for an empty cell. */
  text(row: number, col: number): string {
    const r = row - this.top;
    const c = col - this.left;
    // Outside the used range nothing is written (a merged area's source always lies inside it).
    if (r < 0 || c < 0 || row > this.bottom || col > this.right) return '';
    const cache = (this.textRows[r] ??= new Array<string | undefined>(this.right - this.left + 1));
    const cached = cache[c];
    if (cached !== undefined) return cached;
    const value = this.value(row, col);
    let text: string;
    if (value === null) text = '';
    else if (typeof value === 'number') text = numberCellText(value, this.format(row, col));
    else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
    else text = value.trim();
    cache[c] = text;
    return text;
  }

  private readonly rowsWith = new Map<string, Set<number>>();

  /**
   * The rows whose cells hold `needle` somewhere in their text, found in one pass over the sheet's strings: a cheap
   * first look before reading a block cell by cell (merged areas show their text in their top row).
   */
  rowsContaining(needle: string): Set<number> {
    let rows = this.rowsWith.get(needle);
    if (!rows) {
      rows = new Set();
      this.grid.values.forEach((cells, r) => {
        if (cells?.some((v) => typeof v === 'string' && v.includes(needle))) rows!.add(r + this.top);
      });
      this.rowsWith.set(needle, rows);
    }
    return rows;
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  rowIsBlank(row: number, fromCol = this.left, toCol = this.right): boolean {
    for (let c = fromCol; c <= toCol; c++) if (!this.isBlank(row, c)) return false;
    return true;
  }
}
