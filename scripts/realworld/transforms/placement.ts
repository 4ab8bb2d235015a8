/** Where the tables sit: moved down and right, the sheet repeated below itself or beside itself. */
import { editSheets } from './common';
import type { MergeArea } from '../../../src/core/grid';
import { fromDense, insertCols, insertRows, repeatSheet, toDense } from './grid-ops';
import { STRICT, identity, type CellMapper, type Transformation } from './types';

const DOWN = 3;
const RIGHT = 2;

/** Three blank rows and two blank columns before everything on the sheets with tables. */
export const moved: Transformation = {
  name: 'moved down and right',
  compared: STRICT,
  apply: (workbook, layouts) =>
    editSheets(
      workbook,
      layouts,
      (sheet, tables) => {
        insertRows(sheet, 0, DOWN);
        insertCols(sheet, 0, RIGHT);
        return tables.map((t) => t.index);
      },
      [(cell) => ({ ...cell, row: cell.row + DOWN, col: cell.col + RIGHT })],
    ),
};

/**
 * The same move as a host that reads only the used range gives it: no blank cells, the grid starting at D4 (top 3,
 * left 3) of the sheet.
 */
export const usedRangeMoved: Transformation = {
  name: 'moved, used range from D4',
  compared: STRICT,
  apply(workbook, layouts) {
    const names = new Set(layouts.map((t) => t.sheet));
    if (!names.size) return null;
    const sheets = workbook.sheets.map((sheet) => {
      if (!names.has(sheet.name)) return sheet;
      const grid = fromDense(toDense(sheet));
      const shift = (m: MergeArea): MergeArea => ({ top: m.top + 3, bottom: m.bottom + 3, left: m.left + 3, right: m.right + 3 });
      return { ...grid, top: 3, left: 3, merges: grid.merges?.map(shift) };
    });
    return {
      workbook: { sheets },
      copies: [(cell) => (names.has(cell.sheet) ? { ...cell, row: cell.row + 3, col: cell.col + 3 } : cell)],
      tables: layouts.map((t) => t.index),
    };
  },
};

function repeated(direction: 'down' | 'right', gap: number): Transformation {
  return {
    name: direction === 'down' ? 'two tables stacked' : 'two tables side by side',
    compared: STRICT,
    apply(workbook, layouts) {
      const offsets = new Map<string, { rows: number; cols: number }>();
      const copy: CellMapper = (cell) => {
        const o = offsets.get(cell.sheet) ?? { rows: 0, cols: 0 };
        return { ...cell, row: cell.row + o.rows, col: cell.col + o.cols };
      };
      return editSheets(
        workbook,
        layouts,
        (sheet, tables) => {
          offsets.set(sheet.name, repeatSheet(sheet, direction, gap));
          return tables.map((t) => t.index);
        },
        [identity, copy],
      );
    },
  };
}

export const stacked = repeated('down', 1);
export const sideBySide = repeated('right', 2);
