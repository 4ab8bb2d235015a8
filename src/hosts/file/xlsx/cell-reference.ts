/**
 * Cell and area references of a worksheet part, held to Excel's own grid (A1 to XFD1048576): a reference beyond it is
 * no Excel file, and believing it would make the rectangle the core reads as large as the attacker likes.
 */
import type { MergeArea } from '../../../core/grid';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../../read-limits';
import { corrupt } from './xlsx-error';

export function beyondGrid(sheet: string, reference: string): Error {
  return corrupt(
    `工作表“${sheet}”引用了单元格“${reference}”，超出了 Excel 的范围（最大 XFD1048576）`,
    `Sheet "${sheet}" refers to cell "${reference}", beyond Excel's grid (XFD1048576 at most)`,
  );
}

/**
 * "B12" or "$B$12" as 0-based coordinates; null when it is no cell reference at all (the caller then infers the
 * position); an error when it is one, but beyond XFD1048576.
 */
export function cellReference(sheet: string, reference: string): { row: number; col: number } | null {
  let i = 0;
  const n = reference.length;
  if (reference.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const lettersStart = i;
  while (i < n) {
    const c = reference.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  const letters = i - lettersStart;
  if (letters === 0) return null;
  if (reference.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  while (i < n) {
    const c = reference.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === digitsStart || i !== n) return null;
  if (letters > 3 || col > EXCEL_COLUMNS || row < 1 || row > EXCEL_ROWS) throw beyondGrid(sheet, reference);
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" or "B2" as an area; null when malformed; an error when beyond XFD1048576. */
export function areaReference(sheet: string, reference: string): MergeArea | null {
  const colon = reference.indexOf(':');
  const start = cellReference(sheet, (colon < 0 ? reference : reference.slice(0, colon)).trim());
  const end = colon < 0 ? start : cellReference(sheet, reference.slice(colon + 1).trim());
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
