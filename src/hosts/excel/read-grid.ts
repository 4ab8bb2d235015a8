/**
 * Reads every sheet's used range into the Grid in a constant number of round trips, whatever the number of sheets:
 * (1) sheet names, (2) used ranges, (3) values, number formats and merged areas of all sheets together. Only a
 * workbook too big for one request (Excel on the web caps a request at 5 MB) takes further round trips, in row
 * chunks, and their number grows with the data, never with the number of sheets.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../core/grid';
import { toA1 } from '../../core/grid';
import type { ReadProgress } from '../workbook-host';
import { areasOf } from './addresses';
import type { Features } from './environment';

/** At most this many cells in one range read (far under the 5,000,000-cell limit). */
export const CELLS_PER_CHUNK = 50_000;
/** Keep one round trip's payload under Excel on the web's 5 MB cap (values and number formats, as JSON). */
export const BYTES_PER_ROUND_TRIP = 4_000_000;
const ESTIMATED_BYTES_PER_CELL = 40;

interface Chunk {
  sheet: number;
  row: number;
  rows: number;
}

interface UsedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function cellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

export async function readWorkbookGrid(
  context: Excel.RequestContext,
  features: Features,
  onProgress?: (progress: ReadProgress) => void,
): Promise<WorkbookGrid> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets = worksheets.items;
  onProgress?.({ phase: 'sheets', done: 0, total: sheets.length });

  const usedRanges = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return used;
  });
  await context.sync();

  const areas: (UsedArea | null)[] = usedRanges.map((used) =>
    used.isNullObject ? null : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
  );
  const chunks: Chunk[] = [];
  areas.forEach((area, sheet) => {
    if (!area) return;
    const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / area.cols));
    for (let row = area.row; row < area.row + area.rows; row += rowsPerChunk) {
      chunks.push({ sheet, row, rows: Math.min(rowsPerChunk, area.row + area.rows - row) });
    }
  });

  // Merged areas travel with the first round trip of cell data.
  const merges = features.mergedAreas
    ? usedRanges.map((used) => {
        if (used.isNullObject) return null;
        const merged = used.getMergedAreasOrNullObject();
        merged.load('address');
        return merged;
      })
    : usedRanges.map(() => null);

  const values: CellValue[][][] = sheets.map(() => []);
  const formats: (string | null)[][][] = sheets.map(() => []);
  let index = 0;
  let cellsDone = 0;
  const totalCells = chunks.reduce((sum, c) => sum + c.rows * areas[c.sheet]!.cols, 0);
  do {
    // One round trip: as many chunks as fit under the payload cap (at least one).
    const batch: { chunk: Chunk; range: Excel.Range }[] = [];
    let bytes = 0;
    while (index < chunks.length) {
      const chunk = chunks[index];
      const area = areas[chunk.sheet]!;
      const chunkBytes = chunk.rows * area.cols * ESTIMATED_BYTES_PER_CELL;
      if (batch.length > 0 && bytes + chunkBytes > BYTES_PER_ROUND_TRIP) break;
      const address = `${toA1(chunk.row, area.col)}:${toA1(chunk.row + chunk.rows - 1, area.col + area.cols - 1)}`;
      const range = sheets[chunk.sheet].getRange(address);
      range.load('values,numberFormat');
      batch.push({ chunk, range });
      bytes += chunkBytes;
      index++;
    }
    await context.sync();
    for (const { chunk, range } of batch) {
      // A range over the 5,000,000-cell limit comes back without values; the chunk size keeps us far below it.
      const rowsOfValues = range.values ?? [];
      const rowsOfFormats = range.numberFormat ?? [];
      for (let r = 0; r < chunk.rows; r++) {
        values[chunk.sheet].push((rowsOfValues[r] ?? []).map(cellValue));
        formats[chunk.sheet].push((rowsOfFormats[r] ?? []).map((f: unknown) => (typeof f === 'string' && f !== 'General' ? f : null)));
      }
      cellsDone += chunk.rows * areas[chunk.sheet]!.cols;
    }
    onProgress?.({ phase: 'cells', done: cellsDone, total: totalCells });
  } while (index < chunks.length);

  const grids: SheetGrid[] = sheets.map((sheet, i) => {
    const area = areas[i];
    const merged = merges[i];
    const grid: SheetGrid = {
      name: sheet.name,
      top: area?.row ?? 0,
      left: area?.col ?? 0,
      values: values[i],
      numberFormats: formats[i],
    };
    if (features.mergedAreas) grid.merges = merged && !merged.isNullObject ? areasOf(merged.address) : [];
    return grid;
  });
  return { sheets: grids };
}
