/** Collects cells one by one (as a reader streams them) into a SheetGrid trimmed to the used range. */
import type { CellValue, MergeArea, SheetGrid } from '../../core/grid';
import { parseRange } from '../../core/grid';

export class SheetGridBuilder {
  private readonly rows: { values: CellValue[]; formats: (string | null)[] }[] = [];
  private minRow = Infinity;
  private maxRow = -1;
  private minCol = Infinity;
  private maxCol = -1;
  private anyFormat = false;
  private readonly merges: MergeArea[] = [];

  constructor(private readonly name: string) {}

  /** 0-based absolute coordinates. Empty values are skipped: they do not widen the used range. */
  set(row: number, col: number, value: CellValue, format: string | null): void {
    if (value === null || value === '') return;
    let line = this.rows[row];
    if (!line) line = this.rows[row] = { values: [], formats: [] };
    line.values[col] = value;
    if (format && format !== 'General') {
      line.formats[col] = format;
      this.anyFormat = true;
    }
    if (row < this.minRow) this.minRow = row;
    if (row > this.maxRow) this.maxRow = row;
    if (col < this.minCol) this.minCol = col;
    if (col > this.maxCol) this.maxCol = col;
  }

  addMerge(ref: string): void {
    const area = parseRange(ref);
    if (area) this.merges.push(area);
  }

  build(): SheetGrid {
    if (this.maxRow < 0) return { name: this.name, top: 0, left: 0, values: [], numberFormats: [], merges: this.merges };
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = this.minRow; r <= this.maxRow; r++) {
      const line = this.rows[r];
      const rowValues: CellValue[] = [];
      const rowFormats: (string | null)[] = [];
      for (let c = this.minCol; c <= this.maxCol; c++) {
        rowValues.push(line?.values[c] ?? null);
        if (this.anyFormat) rowFormats.push(line?.formats[c] ?? null);
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
      merges: this.merges,
    };
  }
}
