/**
 * Tables side by side on one sheet: bands of columns separated by a column that is blank from top to bottom. A sheet
 * is read band by band only where at least two bands hold an indicator grid of their own; a band without one (a note
 * beside a table) stays with the band on its left. Otherwise the sheet is read whole, as before.
 */
import type { SheetGrid } from '../grid';
import { SheetView } from './sheet-view';
import { findIndicatorHeaders } from './indicator-header';

interface Band {
  left: number;
  right: number;
}

/** The columns holding anything (merged areas tie the columns they cover), as runs between blank columns. */
function usedBands(sheet: SheetGrid): Band[] {
  let width = 0;
  for (const row of sheet.values) if (row && row.length > width) width = row.length;
  const used = new Uint8Array(width);
  for (const row of sheet.values) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) used[c] = 1;
    }
  }
  for (const area of sheet.merges ?? []) {
    const from = Math.max(0, area.left - sheet.left);
    const to = Math.min(width - 1, area.right - sheet.left);
    if (from > to || from === to) continue;
    // A merged area over a blank column joins what is on both sides of it.
    let any = false;
    for (let c = from; c <= to && !any; c++) any = used[c] === 1;
    if (any) for (let c = from; c <= to; c++) used[c] = 1;
  }
  const bands: Band[] = [];
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    const last = bands[bands.length - 1];
    if (last && last.right === sheet.left + c - 1) last.right = sheet.left + c;
    else bands.push({ left: sheet.left + c, right: sheet.left + c });
  }
  return bands;
}

/** The part of a sheet between two columns, in the sheet's own coordinates (addresses stay what they were). */
function subGrid(sheet: SheetGrid, band: Band): SheetGrid {
  const from = band.left - sheet.left;
  const to = band.right - sheet.left + 1;
  const grid: SheetGrid = { name: sheet.name, top: sheet.top, left: band.left, values: sheet.values.map((row) => (row ? row.slice(from, to) : [])) };
  if (sheet.numberFormats) grid.numberFormats = sheet.numberFormats.map((row) => (row ? row.slice(from, to) : []));
  if (sheet.merges) grid.merges = sheet.merges.filter((m) => m.left >= band.left && m.right <= band.right);
  return grid;
}

/** The sheet as one grid, or as one grid per table standing side by side. */
export function columnBands(sheet: SheetGrid): SheetGrid[] {
  const bands = usedBands(sheet);
  if (bands.length < 2) return [sheet];
  // A band of one column holds no grid of its own (names and values stand in columns of their own): not read for one.
  const withGrid = bands.map((band) => band.right > band.left && findIndicatorHeaders(new SheetView(subGrid(sheet, band))).length > 0);
  if (withGrid.filter(Boolean).length < 2) return [sheet];
  // Each band with a grid starts a part; a band without one joins the part on its left (or the first part).
  const parts: Band[] = [];
  bands.forEach((band, i) => {
    if (withGrid[i] || parts.length === 0) parts.push({ ...band });
    else parts[parts.length - 1].right = band.right;
  });
  if (!withGrid[0] && parts.length > 1) {
    parts[1].left = parts[0].left;
    parts.shift();
  }
  return parts.map((part) => subGrid(sheet, part));
}
