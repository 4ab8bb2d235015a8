/**
 * Header transformations: labels swapped for synonyms real forms use, the label row blanked, and headings that lie
 * (level-1 and level-2 swapped, 二级指标 over the name column).
 */
import { headerLabel, infoLabel } from '../../../src/core/read/labels';
import { editSheets, headerGroups, key } from './common';
import { mergeAt, text, set, type Dense } from './grid-ops';
import { STRICT, type TableLayout, type Transformation } from './types';

/** Labels and the synonyms real forms write for them (README, "What the reader understands"). */
export const SYNONYMS: Record<string, string[]> = {
  指标值: ['指标值（含单位）', '目标值', '年度指标值'],
  年度指标值: ['指标值', '目标值', '指标值（含单位）'],
  三级指标: ['指标名称', '指标内容', '指标名称'],
  预算数: ['年度预算数', '预算金额', '年度资金总额'],
  年度预算数: ['预算数', '预算金额', '年度资金总额'],
  绩效指标描述: ['指标解释', '指标解释', '指标解释'],
  指标解释: ['绩效指标描述', '绩效指标描述', '绩效指标描述'],
  '其中:财政资金': ['其中:财政拨款', '其中:财政拨款', '其中:财政拨款'],
  '其中:财政拨款': ['其中:财政资金', '其中:财政资金', '其中:财政资金'],
  项目编码: ['项目代码', '项目代码', '项目代码'],
  项目代码: ['项目编码', '项目编码', '项目编码'],
};

/** Each label with a synonym replaced by its `variant`-th synonym, anywhere on the sheets of the tables. */
export function headerSynonyms(variant: number): Transformation {
  return {
    name: `header synonyms ${'ABC'[variant]}`,
    compared: STRICT,
    apply: (workbook, layouts) =>
      editSheets(workbook, layouts, (sheet, tables) => {
        let changed = 0;
        sheet.values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (typeof value !== 'string') return;
            const synonyms = SYNONYMS[key(value)];
            if (synonyms) {
              set(sheet, r, c, synonyms[variant % synonyms.length], sheet.formats[r][c]);
              changed++;
            }
          }),
        );
        return changed ? tables.map((t) => t.index) : [];
      }),
  };
}

/**
 * The label rows of the indicator header blanked, all across; a section label merged down beside the grid
 * (绩效指标, 年度绩效目标) is no label of the header and stays.
 */
export const headerRemoved: Transformation = {
  name: 'header row removed',
  compared: { levels: 'empty-or-right', evaluation: false },
  apply: (workbook, layouts) =>
    editSheets(workbook, layouts, (sheet, tables) => {
      const changed: number[] = [];
      for (const t of tables) {
        if (!t.header.length) continue;
        const last = t.header[t.header.length - 1];
        for (const r of t.header) {
          for (let c = 0; c < (sheet.values[r]?.length ?? 0); c++) if ((mergeAt(sheet, r, c)?.bottom ?? r) <= last) set(sheet, r, c, null);
        }
        changed.push(t.index);
      }
      return changed;
    }),
};

/** The header cell of a column: the lowest header row where the column holds a label of that kind. */
function headerCell(sheet: Dense, t: TableLayout, col: number | null, kind: string): number | null {
  if (col === null) return null;
  for (const r of [...t.header].reverse()) if (headerLabel(text(sheet, r, col))?.kind === kind) return r;
  return null;
}

/** The level-1 and level-2 headings swapped. */
export const levelHeadingsSwapped: Transformation = {
  name: 'header: level-1/level-2 swapped',
  compared: { levels: 'empty-or-right', evaluation: true },
  apply: (workbook, layouts) =>
    editSheets(workbook, layouts, (sheet, tables) => {
      const changed: number[] = [];
      for (const { lead: t, tables: group } of headerGroups(tables)) {
        const r1 = headerCell(sheet, t, t.cols.level1, 'level1');
        const r2 = headerCell(sheet, t, t.cols.level2, 'level2');
        if (r1 === null || r2 === null) continue;
        const a = text(sheet, r1, t.cols.level1!);
        const b = text(sheet, r2, t.cols.level2!);
        set(sheet, r1, t.cols.level1!, b);
        set(sheet, r2, t.cols.level2!, a);
        changed.push(...group.map((g) => g.index));
      }
      return changed;
    }),
};

/** 二级指标 written over the name (level-3) column, as some forms do. */
export const nameHeadedLevel2: Transformation = {
  name: 'header: 二级指标 over the names',
  compared: { levels: 'empty-or-right', evaluation: true },
  apply: (workbook, layouts) =>
    editSheets(workbook, layouts, (sheet, tables) => {
      const changed: number[] = [];
      for (const t of tables) {
        const r = headerCell(sheet, t, t.cols.level3, 'level3');
        if (r === null) continue;
        set(sheet, r, t.cols.level3!, '二级指标');
        changed.push(t.index);
      }
      return changed;
    }),
};

/** Whether a text is a label the reader would know (used by the noise transformations). */
export function isLabel(value: string): boolean {
  return headerLabel(value) !== null || infoLabel(value) !== null;
}
