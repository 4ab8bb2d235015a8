/**
 * Collects cells one by one (as a reader streams them) into a SheetGrid trimmed to the cells holding values. Cells are
 * kept sparse while they come; the dense rectangle the core reads is allocated only once its size has passed the
 * budget, so two values at A1 and XFD1048576 are refused instead of allocating 17 billion cells. Merged areas are
 * clamped to that rectangle and counted.
 */
import type { CellValue, MergeArea, SheetGrid } from '../../core/grid';
import { clampMerges, type GridBudget } from '../grid-budget';

/** One row's cells by absolute column (sparse arrays: a value at column 16,000 allocates no 16,000 slots). */
interface RowCells {
  values: CellValue[];
  formats?: (string | null)[];
}

export class SheetGridBuilder {
  private readonly rows = new Map<number, RowCells>();
  private minRow = Infinity;
  private maxRow = -1;
  private minCol = Infinity;
  private maxCol = -1;
  private anyFormat = false;
  private readonly mergeRefs = new Set<string>();
  private readonly merges: MergeArea[] = [];

  constructor(
    private readonly name: string,
    private readonly budget: GridBudget,
  ) {}

  /** 0-based absolute coordinates, already within Excel's grid. Empty values are skipped: they do not widen the rectangle. */
  set(row: number, col: number, value: CellValue, format: string | null): void {
    if (value === null || value === '') return;
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = { values: [] }));
    if (line.values[col] === undefined) this.budget.value(value, this.name, row, col);
    line.values[col] = value;
    if (format && format !== 'General') {
      (line.formats ??= [])[col] = format;
      this.anyFormat = true;
    } else if (line.formats) line.formats[col] = null;
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  /** A merged area, already within Excel's grid; the same area written twice counts once. */
  addMerge(area: MergeArea): void {
    const key = `${area.top},${area.left},${area.bottom},${area.right}`;
    if (this.mergeRefs.has(key)) return;
    this.budget.merge();
    this.mergeRefs.add(key);
    this.merges.push(area);
  }

  build(): SheetGrid {
    if (this.maxRow < 0) return { name: this.name, top: 0, left: 0, values: [], numberFormats: [], merges: [] };
    const bounds: MergeArea = { top: this.minRow, left: this.minCol, bottom: this.maxRow, right: this.maxCol };
    this.budget.sheetArea(this.name, bounds);
    const merges = clampMerges(this.merges, bounds);
    this.budget.mergedArea(merges);
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = this.minRow; r <= this.maxRow; r++) {
      const line = this.rows.get(r);
      const rowValues: CellValue[] = [];
      const rowFormats: (string | null)[] = [];
      for (let c = this.minCol; c <= this.maxCol; c++) {
        rowValues.push(line?.values[c] ?? null);
        if (this.anyFormat) rowFormats.push(line?.formats?.[c] ?? null);
      }
      values.push(rowValues);
      formats.push(rowFormats);
    }
    return {
      name: this.name,
      top: this.minRow,
      left: this.minCol,
      values,
      numberFormats: this.anyFormat ? formats : undefined,
      merges,
    };
  }
}
