/** Small grids for reader tests, written as rows of cells. */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { parseA1, parseRange } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read';
import type { Model } from '../../src/core/model';

export interface SheetOptions {
  /** Where rows[0][0] sits, "A1" by default. */
  at?: string;
  /** Merged areas in A1 form ("A10:A13"); leave out to model a host that cannot tell. */
  merges?: string[];
  /** Number formats by cell ("E12": "0%"). */
  formats?: Record<string, string>;
}

export function sheet(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetGrid {
  const origin = parseA1(options.at ?? 'A1')!;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
  const grid: SheetGrid = { name, top: origin.row, left: origin.col, values };
  if (options.merges) grid.merges = options.merges.map((m) => parseRange(m)!);
  if (options.formats) {
    grid.numberFormats = values.map((r) => r.map(() => null));
    for (const [address, format] of Object.entries(options.formats)) {
      const at = parseA1(address)!;
      grid.numberFormats[at.row - origin.row][at.col - origin.col] = format;
    }
  }
  return grid;
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export function read(...sheets: SheetGrid[]): Model {
  return readWorkbook(workbook(...sheets));
}
