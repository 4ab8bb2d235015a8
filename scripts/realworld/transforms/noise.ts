/**
 * Noise in labels as copies from web pages and PDFs carry it: spaces inside labels and level names, full- and
 * half-width forms swapped, the letter O for the digit 0 in written targets.
 */
import { editSheets } from './common';
import { set, text, type Dense } from './grid-ops';
import { isLabel } from './headers';
import { STRICT, type TableLayout, type Transformation } from './types';

/** Applies `change` to the cells `pick` selects on each sheet; the tables of a sheet where anything changed count. */
function noise(name: string, pick: (sheet: Dense, tables: TableLayout[]) => [number, number][], change: (text: string) => string): Transformation {
  return {
    name,
    compared: STRICT,
    apply: (workbook, layouts) =>
      editSheets(workbook, layouts, (sheet, tables) => {
        let changed = 0;
        const seen = new Set<string>();
        for (const [r, c] of pick(sheet, tables)) {
          if (seen.has(`${r},${c}`)) continue;
          seen.add(`${r},${c}`);
          const value = sheet.values[r]?.[c];
          if (typeof value !== 'string') continue;
          const next = change(value);
          if (next === value) continue;
          set(sheet, r, c, next, sheet.formats[r][c]);
          changed++;
        }
        return changed ? tables.map((t) => t.index) : [];
      }),
  };
}

/** Every label the reader knows, anywhere on the sheet. */
function labelCells(sheet: Dense): [number, number][] {
  const cells: [number, number][] = [];
  sheet.values.forEach((row, r) => row.forEach((v, c) => typeof v === 'string' && isLabel(v) && cells.push([r, c])));
  return cells;
}

/** The level-1 and level-2 names of the indicator rows. */
function levelCells(tables: TableLayout[]): [number, number][] {
  return tables.flatMap((t) => t.rows.flatMap((r) => [t.cols.level1, t.cols.level2].filter((c): c is number => c !== null).map((c) => [r, c] as [number, number])));
}

/** The written targets and actual values. */
function figureCells(tables: TableLayout[]): [number, number][] {
  return tables.flatMap((t) => t.rows.flatMap((r) => [t.cols.value, t.cols.actual].filter((c): c is number => c !== null).map((c) => [r, c] as [number, number])));
}

/** "一级指标" → "一级 指标": a space in the middle of a label of two or more characters. */
export function spaced(value: string): string {
  const chars = [...value.trim()];
  if (chars.length < 2) return value;
  const mid = Math.floor(chars.length / 2);
  return `${chars.slice(0, mid).join('')} ${chars.slice(mid).join('')}`;
}

/** ASCII punctuation, digits and signs to their full-width forms and full-width ones back: "(万元)" ↔ "（万元）". */
export function widthSwapped(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x21 && code <= 0x7e) out += String.fromCharCode(code + 0xfee0);
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

/** "100%" → "1OO%", "≥90%" → "≥9O%": a PDF copy's O for 0 inside numbers of two or more characters. */
export function zerosAsO(value: string): string {
  return value.replace(/\d+(?:\.\d+)?/g, (n) => (n.length > 1 ? n.replace(/0/g, 'O') : n));
}

export const spacesInLabels = noise('noise: spaces in labels', (sheet, tables) => [...labelCells(sheet), ...levelCells(tables)], spaced);
export const widthInLabels = noise('noise: full/half width', (sheet, tables) => [...labelCells(sheet), ...figureCells(tables)], widthSwapped);
export const letterO = noise('noise: O for 0 in targets', (sheet, tables) => figureCells(tables).filter(([r, c]) => /\d/.test(text(sheet, r, c))), zerosAsO);
