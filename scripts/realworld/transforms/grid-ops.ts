/**
 * Editing a SheetGrid as Excel would, for the robustness harness (scripts/realworld/robust.ts): inserting rows and
 * columns (merges that straddle the insertion grow, as in Excel), swapping columns over a band of rows (merges move
 * with them), splitting merged areas, repeating a sheet below or beside itself. Every edit works on a dense copy in
 * absolute coordinates (top and left 0), so a cell's address before and after is plain arithmetic.
 */
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../../../src/core/grid';

/** A sheet as dense arrays from A1, with its merges; edited in place by the functions below. */
export interface Dense {
  name: string;
  values: CellValue[][];
  formats: (string | null)[][];
  merges: MergeArea[];
  /** Merges unknown to the host (undefined in the grid) stay unknown. */
  mergesKnown: boolean;
}

export function width(d: Dense): number {
  return Math.max(0, ...d.values.map((r) => r.length));
}

function fill<T>(n: number, v: T): T[] {
  return Array.from({ length: n }, () => v);
}

/** Pads every row to one width and the grid down to its merges. */
function squareUp(d: Dense): void {
  const w = Math.max(width(d), ...d.merges.map((m) => m.right + 1));
  const h = Math.max(d.values.length, ...d.merges.map((m) => m.bottom + 1));
  while (d.values.length < h) d.values.push([]);
  while (d.formats.length < h) d.formats.push([]);
  for (let r = 0; r < h; r++) {
    while (d.values[r].length < w) d.values[r].push(null);
    while (d.formats[r].length < w) d.formats[r].push(null);
  }
}

export function toDense(sheet: SheetGrid): Dense {
  const w = Math.max(0, ...sheet.values.map((r) => (r ? r.length : 0)));
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < sheet.top + sheet.values.length; r++) {
    const i = r - sheet.top;
    values.push(fill(sheet.left, null as CellValue).concat(i >= 0 ? Array.from({ length: w }, (_, c) => sheet.values[i]?.[c] ?? null) : fill(w, null)));
    formats.push(fill(sheet.left, null as string | null).concat(i >= 0 ? Array.from({ length: w }, (_, c) => sheet.numberFormats?.[i]?.[c] ?? null) : fill(w, null)));
  }
  const d: Dense = { name: sheet.name, values, formats, merges: (sheet.merges ?? []).map((m) => ({ ...m })), mergesKnown: sheet.merges !== undefined };
  squareUp(d);
  return d;
}

export function fromDense(d: Dense): SheetGrid {
  squareUp(d);
  return {
    name: d.name,
    top: 0,
    left: 0,
    values: d.values.map((r) => [...r]),
    numberFormats: d.formats.map((r) => [...r]),
    merges: d.mergesKnown ? d.merges.map((m) => ({ ...m })) : undefined,
  };
}

export function denseWorkbook(workbook: WorkbookGrid): Dense[] {
  return workbook.sheets.map(toDense);
}

export function gridOf(sheets: Dense[]): WorkbookGrid {
  return { sheets: sheets.map(fromDense) };
}

export function get(d: Dense, row: number, col: number): CellValue {
  return d.values[row]?.[col] ?? null;
}

export function text(d: Dense, row: number, col: number): string {
  const v = get(d, row, col);
  return v === null ? '' : String(v);
}

export function set(d: Dense, row: number, col: number, value: CellValue, format: string | null = null): void {
  while (d.values.length <= row) d.values.push([]);
  while (d.formats.length <= row) d.formats.push([]);
  while (d.values[row].length <= col) d.values[row].push(null);
  while (d.formats[row].length <= col) d.formats[row].push(null);
  d.values[row][col] = value;
  d.formats[row][col] = format;
}

export function mergeAt(d: Dense, row: number, col: number): MergeArea | null {
  return d.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) ?? null;
}

/** `count` blank rows before row `at`; a merge straddling `at` grows. */
export function insertRows(d: Dense, at: number, count: number): void {
  squareUp(d);
  const w = width(d);
  for (let i = 0; i < count; i++) {
    d.values.splice(at, 0, fill(w, null));
    d.formats.splice(at, 0, fill(w, null));
  }
  for (const m of d.merges) {
    if (m.top >= at) {
      m.top += count;
      m.bottom += count;
    } else if (m.bottom >= at) m.bottom += count;
  }
}

/** `count` blank columns before column `at`; a merge straddling `at` grows. */
export function insertCols(d: Dense, at: number, count: number): void {
  squareUp(d);
  for (let r = 0; r < d.values.length; r++) {
    d.values[r].splice(at, 0, ...fill(count, null));
    d.formats[r].splice(at, 0, ...fill(count, null));
  }
  for (const m of d.merges) {
    if (m.left >= at) {
      m.left += count;
      m.right += count;
    } else if (m.right >= at) m.right += count;
  }
}

/**
 * Columns a and b swapped over rows first…last (values, formats and the merges in them). Refused (false, nothing
 * changed) when a merge crosses either column's side or the band's edge: it could not move with its column.
 */
export function swapColumns(d: Dense, a: number, b: number, first: number, last: number): boolean {
  if (a === b) return false;
  const touching = d.merges.filter((m) => m.bottom >= first && m.top <= last && ((m.left <= a && m.right >= a) || (m.left <= b && m.right >= b)));
  if (touching.some((m) => m.left !== m.right || m.top < first || m.bottom > last)) return false;
  squareUp(d);
  for (let r = first; r <= last; r++) {
    [d.values[r][a], d.values[r][b]] = [d.values[r][b], d.values[r][a]];
    [d.formats[r][a], d.formats[r][b]] = [d.formats[r][b], d.formats[r][a]];
  }
  for (const m of touching) m.left = m.right = m.left === a ? b : a;
  return true;
}

/**
 * Every merged area split. `repeat(area)` says whether its value (and format) is written into every cell of it, or
 * left in the top-left cell with the others blank.
 */
export function unmergeAll(d: Dense, repeat: (area: MergeArea) => boolean): number {
  const areas = d.merges;
  d.merges = [];
  for (const m of areas) {
    if (!repeat(m)) continue;
    const value = get(d, m.top, m.left);
    const format = d.formats[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) set(d, r, c, value, format);
  }
  return areas.length;
}

/** The sheet repeated below itself after `gap` blank rows (`down`), or beside itself after `gap` blank columns. */
export function repeatSheet(d: Dense, direction: 'down' | 'right', gap: number): { rows: number; cols: number } {
  squareUp(d);
  const h = d.values.length;
  const w = width(d);
  const copies = d.merges.map((m) => ({ ...m }));
  if (direction === 'down') {
    for (let i = 0; i < gap; i++) {
      d.values.push(fill(w, null));
      d.formats.push(fill(w, null));
    }
    for (let r = 0; r < h; r++) {
      d.values.push([...d.values[r]]);
      d.formats.push([...d.formats[r]]);
    }
    for (const m of copies) d.merges.push({ top: m.top + h + gap, bottom: m.bottom + h + gap, left: m.left, right: m.right });
    return { rows: h + gap, cols: 0 };
  }
  for (let r = 0; r < h; r++) {
    d.values[r] = [...d.values[r], ...fill(gap, null), ...d.values[r]];
    d.formats[r] = [...d.formats[r], ...fill(gap, null), ...d.formats[r]];
  }
  for (const m of copies) d.merges.push({ top: m.top, bottom: m.bottom, left: m.left + w + gap, right: m.right + w + gap });
  return { rows: 0, cols: w + gap };
}
