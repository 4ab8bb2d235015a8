/** Merged cells split: the value repeated in every cell, or left in the first with the others blank. */
import { editSheets } from './common';
import { unmergeAll } from './grid-ops';
import { STRICT, type Applied, type TableLayout, type Transformation } from './types';
import type { MergeArea } from '../../../src/core/grid';

/** Columns whose merged cells hold one figure for several rows (a shared target, weight or score). */
function figureCols(t: TableLayout): number[] {
  const { value, comparator, unit, actual, weight, score } = t.cols;
  return [value, comparator, unit, actual, weight, score].filter((c): c is number => c !== null);
}

function split(mode: 'repeat' | 'blank'): Transformation {
  return {
    name: mode === 'repeat' ? 'merges split, value repeated' : 'merges split, blank below',
    compared: STRICT,
    apply(workbook, layouts): Applied | null {
      const applied = editSheets(workbook, layouts, (sheet, tables) => {
        // Left blank below, a target, weight or score would read as missing: those are repeated in both modes.
        const figure = (m: MergeArea): boolean =>
          tables.some((t) => m.top <= t.body.last && m.bottom >= t.body.first && figureCols(t).some((c) => c >= m.left && c <= m.right));
        const touched = tables.filter((t) => sheet.merges.some((m) => m.bottom >= (t.header[0] ?? t.body.first) && m.top <= t.body.last));
        if (!sheet.mergesKnown || unmergeAll(sheet, (m) => mode === 'repeat' || figure(m)) === 0) return [];
        return touched.map((t) => t.index);
      });
      return applied && { ...applied, ownRows: true };
    },
  };
}

export const mergesRepeated = split('repeat');
export const mergesBlankBelow = split('blank');
