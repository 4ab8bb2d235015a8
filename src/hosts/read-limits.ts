/**
 * How much reading one workbook may cost. Every host stops at these figures with a clear error (see read-limit-error.ts)
 * instead of running out of memory or time: the .xlsx reader of the command and of the preview page, and the Excel
 * add-in. The defaults are far above real target-table workbooks (tens of sheets, thousands of cells, hundreds of merged
 * areas; the benchmark's 1,000 tables hold 63,000 cells, 440,000 characters and 19,000 merged areas) and keep
 * `ptcheck` under 1 GB and 10 s on any file up to 50 MB. Callers may pass other figures (openWorkbookFile,
 * openWorkbookBytes, readXlsx and readWorkbookGrid take an optional `limits`).
 */

export interface ReadLimits {
  /** Size of the .xlsx file itself, in bytes. Error `too-large`. */
  maxFileBytes: number;
  /** Inflated size of any one part read from the zip (a sheet, the shared strings …), in bytes. Error `part-too-large`. */
  maxPartBytes: number;
  /** Inflated size of all the parts read, together, in bytes. Error `workbook-too-large`. */
  maxInflatedBytes: number;
  /** Sheets listed in the workbook. Error `too-many-sheets`. */
  maxSheets: number;
  /** Cells holding a value, all sheets together. Error `too-many-cells`. */
  maxCells: number;
  /**
   * Cells of the rectangles handed to the core, all sheets together: each sheet's rows × columns from its first to its
   * last cell holding a value (two values at A1 and XFD1048576 make 17 billion). Error `area-too-large`.
   */
  maxGridCells: number;
  /** Characters in one cell (Excel's own limit is 32,767). Error `text-too-long`. */
  maxCellText: number;
  /** Characters in all cells together, every cell counted (a text shared by 1,000 cells counts 1,000 times). Error `too-much-text`. */
  maxTotalText: number;
  /** Merged areas, all sheets together. Error `too-many-merges`. */
  maxMerges: number;
  /** Cells covered by merged areas (clamped to the cells holding values), all sheets together. Error `too-many-merges`. */
  maxMergedCells: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * MB,
  maxPartBytes: 50 * MB,
  maxInflatedBytes: 100 * MB,
  maxSheets: 1_000,
  maxCells: 300_000,
  maxGridCells: 1_000_000,
  maxCellText: 32_767,
  maxTotalText: 6_000_000,
  maxMerges: 100_000,
  maxMergedCells: 300_000,
});

/** The defaults with the caller's figures over them. */
export function readLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}

/** Excel's own grid: XFD1048576. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
