/**
 * Reads every sheet's used range into the Grid in a constant number of round trips, whatever the number of sheets:
 * (1) sheet names, (2) used ranges, (3) values and number formats of all sheets together, (4) merged areas. Only a
 * workbook too big for one response (Excel on the web caps one at 5 MB) takes further round trips, in row chunks,
 * and their number grows with the data, never with the number of sheets. The read limits hold here as in the file
 * reader: the used ranges are measured before any cell is read (a value left at XFD1048576 is refused, not read as
 * 17 billion cells), and cells, text and merged areas are counted as they come back.
 */
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../../core/grid';
import { toA1 } from '../../core/grid';
import { clampMerges, GridBudget } from '../grid-budget';
import { readLimits, type ReadLimits } from '../read-limits';
import type { ReadProgress } from '../workbook-host';
import { areasOf } from './addresses';
import type { Features } from './environment';
import { yieldToBrowser } from '../yield-to-browser';

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
  limits?: Partial<ReadLimits>,
): Promise<WorkbookGrid> {
  const gridBudget = new GridBudget(readLimits(limits));
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const sheets = worksheets.items;
  gridBudget.sheets(sheets.length);
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
  areas.forEach((area, sheet) => {
    if (area) gridBudget.sheetArea(sheets[sheet].name, boundsOf(area));
  });
  const chunks: Chunk[] = [];
  areas.forEach((area, sheet) => {
    if (!area) return;
    const rowsPerChunk = Math.max(1, Math.floor(CELLS_PER_CHUNK / area.cols));
    for (let row = area.row; row < area.row + area.rows; row += rowsPerChunk) {
      chunks.push({ sheet, row, rows: Math.min(rowsPerChunk, area.row + area.rows - row) });
    }
  });

  const values: CellValue[][][] = sheets.map(() => []);
  const formats: (string | null)[][][] = sheets.map(() => []);
  let index = 0;
  let cellsDone = 0;
  let budget = BYTES_PER_ROUND_TRIP;
  const totalCells = chunks.reduce((sum, c) => sum + c.rows * areas[c.sheet]!.cols, 0);
  while (index < chunks.length) {
    // One round trip: as many chunks as fit under the payload budget (at least one).
    const batch: { chunk: Chunk; range: Excel.Range }[] = [];
    let bytes = 0;
    for (let next = index; next < chunks.length; next++) {
      const chunk = chunks[next];
      const area = areas[chunk.sheet]!;
      const chunkBytes = chunk.rows * area.cols * ESTIMATED_BYTES_PER_CELL;
      if (batch.length > 0 && bytes + chunkBytes > budget) break;
      const range = sheets[chunk.sheet].getRange(chunkAddress(chunk, area));
      range.load('values,numberFormat');
      batch.push({ chunk, range });
      bytes += chunkBytes;
    }
    try {
      await context.sync();
    } catch (error) {
      // Long texts can make the real payload bigger than estimated: send less per round trip and try again.
      if (!isPayloadTooLarge(error)) throw error;
      if (batch.length > 1) budget = Math.max(1, Math.floor(bytes / 2));
      else if (batch[0].chunk.rows > 1) chunks.splice(index, 1, ...halves(batch[0].chunk));
      else throw error;
      continue;
    }
    index += batch.length;
    for (const { chunk, range } of batch) {
      // A range over the 5,000,000-cell limit comes back without values; the chunk size keeps us far below it.
      const rowsOfValues = range.values ?? [];
      const rowsOfFormats = range.numberFormat ?? [];
      const name = sheets[chunk.sheet].name;
      const left = areas[chunk.sheet]!.col;
      for (let r = 0; r < chunk.rows; r++) {
        const row = (rowsOfValues[r] ?? []).map(cellValue);
        row.forEach((value, c) => value !== null && gridBudget.value(value, name, chunk.row + r, left + c));
        values[chunk.sheet].push(row);
        formats[chunk.sheet].push((rowsOfFormats[r] ?? []).map((f: unknown) => (typeof f === 'string' && f !== 'General' ? f : null)));
      }
      cellsDone += chunk.rows * areas[chunk.sheet]!.cols;
    }
    onProgress?.({ phase: 'cells', done: cellsDone, total: totalCells });
    // Between round trips the page gets its turn (to paint the progress): a big workbook takes several.
    await yieldToBrowser();
  }

  const merges = features.mergedAreas ? await readMergedAreas(context, sheets, areas, chunks) : sheets.map(() => undefined);
  // Counted as the core will walk them (within the used range); Excel's merges never overlap, so they stay as they are.
  merges.forEach((sheetMerges, i) => {
    const area = areas[i];
    if (!sheetMerges || !area) return;
    sheetMerges.forEach(() => gridBudget.merge());
    gridBudget.mergedArea(clampMerges(sheetMerges, boundsOf(area)));
  });
  const grids: SheetGrid[] = sheets.map((sheet, i) => {
    const area = areas[i];
    const grid: SheetGrid = {
      name: sheet.name,
      top: area?.row ?? 0,
      left: area?.col ?? 0,
      values: values[i],
      numberFormats: formats[i],
    };
    // Without merged areas (old Excel, or a sheet whose merges could not be read) the reader forward-fills instead.
    if (merges[i]) grid.merges = merges[i];
    return grid;
  });
  return { sheets: grids };
}

function boundsOf(area: UsedArea): MergeArea {
  return { top: area.row, left: area.col, bottom: area.row + area.rows - 1, right: area.col + area.cols - 1 };
}

function chunkAddress(chunk: Chunk, area: UsedArea): string {
  return `${toA1(chunk.row, area.col)}:${toA1(chunk.row + chunk.rows - 1, area.col + area.cols - 1)}`;
}

function halves(chunk: Chunk): Chunk[] {
  const first = Math.ceil(chunk.rows / 2);
  return [
    { ...chunk, rows: first },
    { ...chunk, row: chunk.row + first, rows: chunk.rows - first },
  ];
}

function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Merged areas of every sheet in one more round trip, read chunk by chunk (Excel returns a merge with the range that
 * holds its top-left cell) through `areas/items/address`, because the RangeAreas' own address names only top-left
 * cells. Should that round trip fail, each sheet is tried alone; a sheet that still fails gets no merges (undefined).
 */
async function readMergedAreas(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  areas: (UsedArea | null)[],
  chunks: Chunk[],
): Promise<(MergeArea[] | undefined)[]> {
  const request = (sheetIndexes: number[]): (() => Map<number, MergeArea[]>) => {
    const loaded = chunks
      .filter((chunk) => sheetIndexes.includes(chunk.sheet))
      .map((chunk) => {
        const merged = sheets[chunk.sheet].getRange(chunkAddress(chunk, areas[chunk.sheet]!)).getMergedAreasOrNullObject();
        merged.load('areas/items/address');
        return { sheet: chunk.sheet, merged };
      });
    return () => {
      const bySheet = new Map<number, MergeArea[]>(sheetIndexes.map((i) => [i, []]));
      for (const { sheet, merged } of loaded) {
        if (!merged.isNullObject) bySheet.get(sheet)!.push(...merged.areas.items.flatMap((item) => areasOf(item.address)));
      }
      return bySheet;
    };
  };
  const withData = areas.flatMap((area, i) => (area ? [i] : []));
  const result: (MergeArea[] | undefined)[] = areas.map((area) => (area ? undefined : []));
  try {
    const collect = request(withData);
    await context.sync();
    for (const [sheet, merges] of collect()) result[sheet] = merges;
  } catch {
    for (const sheet of withData) {
      try {
        const collect = request([sheet]);
        await context.sync();
        result[sheet] = collect().get(sheet);
      } catch {
        result[sheet] = undefined;
      }
    }
  }
  return result;
}
