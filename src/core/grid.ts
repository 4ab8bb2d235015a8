/**
 * The Grid: the host-neutral input of the core.
 *
 * Every host (Office.js, an .xlsx file read with ExcelJS, the in-memory preview) turns a workbook into this shape,
 * and the reader never sees anything else. Values are what Excel holds (a percent cell holds 0.25, a formula cell
 * holds its result, an error cell holds its error text such as "#REF!", a formula saved without its result holds
 * UNCALCULATED_FORMULA); the number format is kept beside the value where the host knows it, because "0.25 shown as
 * 25%" and "0.25" mean different things in a target table.
 */

export type CellValue = string | number | boolean | null;

/** A merged area in absolute sheet coordinates, 0-based and inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** Absolute 0-based row of values[0]. A used range need not start at A1. */
  top: number;
  /** Absolute 0-based column of values[r][0]. */
  left: number;
  /** Row-major cell values; rows may be shorter than others (missing cells are empty). */
  values: CellValue[][];
  /** Number formats parallel to `values`; absent when the host cannot tell. */
  numberFormats?: (string | null)[][];
  /** Merged areas; `undefined` when the host cannot tell (the reader then forward-fills). */
  merges?: MergeArea[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/**
 * What a formula cell holds when its file kept no result for it (written by a program that does not calculate): its
 * value is unknown, so the cell is neither blank nor readable. It reads as an error value, and the reader says why.
 */
export const UNCALCULATED_FORMULA = '#UNCALCULATED!';

/** Excel's error values, as Excel displays them, and the unknown result of a formula. */
const ERROR_VALUES = new Set([
  UNCALCULATED_FORMULA,
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_VALUES.has(value.trim().toUpperCase());
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address of an absolute 0-based cell. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(area: MergeArea): string {
  const start = toA1(area.top, area.left);
  const end = toA1(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** Parses "B12" (or "$B$12") into absolute 0-based coordinates; null when it is not a cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** The value a grid holds at a sheet's A1 address (null where the cell is empty or outside what was read). */
export function cellValueAt(grid: WorkbookGrid, sheetName: string, address: string): CellValue {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  const at = parseA1(address);
  if (!sheet || !at) return null;
  return sheet.values[at.row - sheet.top]?.[at.col - sheet.left] ?? null;
}

/** Two reads of one cell hold the same value (an empty cell reads as null from a grid and as '' from Excel). */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';
  return blank(a) ? blank(b) : a === b;
}

/** Parses "A1:C3" or "B2" into an area; null when malformed. */
export function parseRange(address: string): MergeArea | null {
  const [a, b] = address.split(':');
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
