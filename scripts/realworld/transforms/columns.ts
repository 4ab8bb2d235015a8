/**
 * Column transformations: two non-level columns of the indicator grid swapped, a column of notes inserted, and a
 * target split over 比较符 | 指标值 | 计量单位.
 */
import { headerLabel } from '../../../src/core/read/labels';
import { columnMapper, editSheets, headerGroups } from './common';
import { get, insertCols, mergeAt, set, swapColumns, text, type Dense } from './grid-ops';
import { STRICT, type TableLayout, type Transformation } from './types';

/** Rows of a table's grid, header to last indicator. */
function band(t: TableLayout): { first: number; last: number } {
  return { first: t.header.length ? t.header[0] : t.body.first, last: t.body.last };
}

function levelCols(t: TableLayout): number[] {
  return [t.cols.level1, t.cols.level2, t.cols.level3].filter((c): c is number => c !== null);
}

/** Headings of the grid's frame: a column under one of these is never the one swapped with the value. */
const FRAME = new Set(['level1', 'level2', 'level3', 'value', 'valueMid', 'indicatorSection']);

/** The column's heading is one the reader knows, and not of the grid's frame (unit, weight, actual, basis …). */
function swappable(sheet: Dense, t: TableLayout, col: number): boolean {
  const kinds = t.header.map((r) => (mergeAt(sheet, r, col)?.left ?? col) === col ? headerLabel(text(sheet, r, col))?.kind : undefined);
  return kinds.some((k) => k !== undefined) && kinds.every((k) => k === undefined || !FRAME.has(k));
}

/**
 * The value column swapped with the nearest other column of the grid headed by a label the reader knows and not a
 * level, name or value (unit, weight, actual, basis …; never the other half of a side-by-side grid or a second
 * town's targets), over the grid's rows only, its merges moving with it.
 */
export const valueColumnSwapped: Transformation = {
  name: 'columns reordered',
  compared: STRICT,
  apply(workbook, layouts) {
    const swaps = new Map<string, { a: number; b: number; first: number; last: number }[]>();
    const applied = editSheets(
      workbook,
      layouts,
      (sheet, tables) => {
        const changed: number[] = [];
        for (const { lead: t, tables: group, first, last } of headerGroups(tables)) {
          if (!t.header.length) continue;
          const v = t.cols.value;
          const candidates: number[] = [];
          for (let c = t.left; c <= t.right; c++) {
            if (c === v || levelCols(t).includes(c)) continue;
            if (swappable(sheet, t, c)) candidates.push(c);
          }
          candidates.sort((x, y) => Math.abs(x - v) - Math.abs(y - v) || y - x);
          const other = candidates.find((c) => swapColumns(sheet, v, c, first, last));
          if (other === undefined) continue;
          swaps.set(sheet.name, [...(swaps.get(sheet.name) ?? []), { a: v, b: other, first, last }]);
          changed.push(...group.map((g) => g.index));
        }
        return changed;
      },
      [
        (cell) => {
          for (const s of swaps.get(cell.sheet) ?? []) {
            if (cell.row < s.first || cell.row > s.last) continue;
            if (cell.col === s.a) return { ...cell, col: s.b };
            if (cell.col === s.b) return { ...cell, col: s.a };
          }
          return cell;
        },
      ],
    );
    return applied;
  },
};

/** A merge (in the grid's rows) that an insertion before column `at` would widen. */
function straddles(sheet: Dense, t: TableLayout, at: number): boolean {
  const { first, last } = band(t);
  return sheet.merges.some((m) => m.bottom >= first && m.top <= last && m.left < at && m.right >= at);
}

/** The header row that heads a column, and how far down its heading is merged. */
function headingRows(sheet: Dense, t: TableLayout, col: number): { top: number; bottom: number } | null {
  for (const r of t.header) {
    if (text(sheet, r, col) === '') continue;
    const area = mergeAt(sheet, r, col);
    return { top: r, bottom: area ? area.bottom : r };
  }
  return null;
}

/** Writes a heading over rows top…bottom of a new column (merged down where the neighbour's heading is). */
function writeHeading(sheet: Dense, col: number, rows: { top: number; bottom: number }, label: string): void {
  set(sheet, rows.top, col, label);
  // Tables under one header (a flat export's projects) write it once.
  if (rows.bottom > rows.top && !mergeAt(sheet, rows.top, col)) sheet.merges.push({ top: rows.top, bottom: rows.bottom, left: col, right: col });
}

type Place = 'after-name' | 'after-value' | 'end';

/** A column inserted into the grid (and the whole sheet), headed `label`, with `content` in each indicator row. */
export function columnInserted(label: string, place: Place, content: (sheet: Dense, t: TableLayout, row: number) => string): Transformation {
  return {
    name: `column inserted: ${label}`,
    compared: STRICT,
    apply(workbook, layouts) {
      const inserted = new Map<string, number>();
      return editSheets(
        workbook,
        layouts,
        (sheet, tables) => {
          const t0 = tables.find((t) => t.header.length && t.cols.level3 !== null);
          if (!t0) return [];
          const after =
            place === 'after-name'
              ? (mergeAt(sheet, t0.rows[0], t0.cols.level3!)?.right ?? t0.cols.level3!)
              : place === 'after-value'
                ? Math.max(t0.cols.value, t0.cols.unit ?? 0, mergeAt(sheet, t0.rows[0], t0.cols.value)?.right ?? 0)
                : t0.right;
          const at = after + 1;
          const same = tables.filter((t) => t.header.length && t.cols.value === t0.cols.value && t.cols.level3 === t0.cols.level3);
          if (same.some((t) => straddles(sheet, t, at))) return [];
          const anchor = place === 'after-name' ? t0.cols.level3! : place === 'after-value' ? t0.cols.value : null;
          const rows = same.map((t) => headingRows(sheet, t, anchor ?? t.right) ?? { top: t.header[t.header.length - 1], bottom: t.header[t.header.length - 1] });
          const texts = same.map((t) => t.rows.map((r) => content(sheet, t, r)));
          insertCols(sheet, at, 1);
          same.forEach((t, i) => {
            writeHeading(sheet, at, rows[i], label);
            t.rows.forEach((r, j) => set(sheet, r, at, texts[i][j]));
          });
          inserted.set(sheet.name, at);
          return same.map((t) => t.index);
        },
        [columnMapper((sheet, col) => (inserted.has(sheet) && col >= inserted.get(sheet)! ? col + 1 : col))],
      );
    },
  };
}

export const explanationInserted = columnInserted('指标解释', 'after-name', (sheet, t, r) => `反映${text(sheet, r, t.cols.level3!)}情况`);
export const basisInserted = columnInserted('指标值确定依据', 'after-value', () => '根据年度工作计划确定');
export const remarkInserted = columnInserted('备注', 'end', () => '无');

const SPLIT = /^\s*(≥|≤|＞|＜|≧|≦|>=|<=|>|<|=|＝|大于等于|小于等于|不低于|不高于|不少于|不多于|不超过|大于|小于|高于|低于)?\s*(\d+(?:\.\d+)?)\s*([^\d\s]{0,6})\s*$/;

/** "≥90%" → ["≥", 90, "%"]; null when the text is no comparator, number and unit. */
export function splitTarget(value: string): [string | null, number, string | null, string | null] | null {
  const m = SPLIT.exec(value);
  if (!m) return null;
  const decimals = m[2].split('.')[1]?.length ?? 0;
  return [m[1] ?? null, Number(m[2]), m[3] || null, decimals ? `0.${'0'.repeat(decimals)}` : null];
}

/**
 * Where a table has one value column (no 比较符 or 计量单位 column), the target split over 比较符 | 指标值 | 计量单位:
 * two columns inserted around the value column, headed, and each written target taken apart.
 */
export const comparatorColumn: Transformation = {
  name: 'comparators in their own column',
  compared: STRICT,
  apply(workbook, layouts) {
    const at = new Map<string, number>();
    return editSheets(
      workbook,
      layouts,
      (sheet, tables) => {
        const t0 = tables.find((t) => t.header.length && t.cols.comparator === null && t.cols.unit === null);
        if (!t0) return [];
        const v = t0.cols.value;
        const same = tables.filter((t) => t.header.length && t.cols.value === v && t.cols.comparator === null && t.cols.unit === null);
        if (same.some((t) => straddles(sheet, t, v) || straddles(sheet, t, v + 1))) return [];
        const headings = same.map((t) => headingRows(sheet, t, v));
        if (headings.some((h) => h === null)) return [];
        insertCols(sheet, v, 1); // the comparator column; the value moves to v + 1
        insertCols(sheet, v + 2, 1); // the unit column
        same.forEach((t, i) => {
          writeHeading(sheet, v, headings[i]!, '比较符');
          writeHeading(sheet, v + 2, headings[i]!, '计量单位');
          for (const r of new Set(t.rows)) {
            const value = get(sheet, r, v + 1);
            const split = typeof value === 'string' ? splitTarget(value) : null;
            if (split) {
              set(sheet, r, v, split[0]);
              set(sheet, r, v + 1, split[1], split[3]);
              set(sheet, r, v + 2, split[2]);
            }
            // A target merged over rows: the new cells beside it are merged alike.
            const area = mergeAt(sheet, r, v + 1);
            if (area && area.top === r && area.left === v + 1 && area.right === v + 1) {
              sheet.merges.push({ ...area, left: v, right: v }, { ...area, left: v + 2, right: v + 2 });
            }
          }
        });
        at.set(sheet.name, v);
        return same.map((t) => t.index);
      },
      [
        columnMapper((sheet, col) => {
          const v = at.get(sheet);
          if (v === undefined || col < v) return col;
          return col === v ? v + 1 : col + 2;
        }),
      ],
    );
  },
};
