/** Level names missing: the level-1 and level-2 columns of the indicator rows blanked. */
import { editSheets } from './common';
import { set } from './grid-ops';
import type { Transformation } from './types';

export const levelNamesMissing: Transformation = {
  name: 'level names missing',
  compared: { levels: 'empty-or-right', evaluation: true },
  apply: (workbook, layouts) =>
    editSheets(workbook, layouts, (sheet, tables) => {
      const changed: number[] = [];
      for (const t of tables) {
        const cols = [t.cols.level1, t.cols.level2].filter((c): c is number => c !== null && c !== t.cols.level3);
        if (!cols.length) continue;
        for (let r = t.body.first; r <= t.body.last; r++) for (const c of cols) set(sheet, r, c, null);
        changed.push(t.index);
      }
      return changed;
    }),
};
