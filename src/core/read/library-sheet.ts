/**
 * A sheet holding a department's indicator library (项目类型 | 一级指标 | 二级指标 | 三级指标 …, one row per indicator)
 * is read for 新建, never as a target table: the reader skips it, and the library loader
 * (../generate/department-library.ts) reads its rows from the header found here.
 */
import type { CellValue, SheetGrid } from '../grid';
import { infoLabel, type InfoLabel } from './labels';

export type LibraryField = 'kind' | 'level1' | 'level2' | 'level3' | 'description' | 'value' | 'basis';

/** Header words of each column, as departments write them. */
const HEADERS: readonly [LibraryField, RegExp][] = [
  ['kind', /^(项目类型|项目类别|类型|类别|project\s*type|kind)$/i],
  ['level1', /^(一级指标|level\s*1)$/i],
  ['level2', /^(二级指标|level\s*2)$/i],
  ['level3', /^(三级指标|指标名称|level\s*3|indicator)$/i],
  ['description', /^(指标解释|指标描述|指标说明|指标内容|description)$/i],
  ['value', /^(指标值|目标值|指标值（默认）|默认值|value|target)$/i],
  ['basis', /^(指标值确定依据|指标值设定依据|确定依据|依据|basis)$/i],
];

/** A cell's text with its runs of white space made one space. */
export function libraryText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ').trim();
}

/** Words that make a header a table of projects (a flat export), not a library of indicators, besides the labels the reader knows. */
const PROJECT_WORDS = /项目名|项目编|项目代码|项目全称|专项名称|单位名称|单位编码|预算|资金|project\s*(name|code)/i;

/** The reader's labels of a project's own fields (项目类型 itself is 'otherInfo' and stays out). */
const PROJECT_LABELS = new Set<InfoLabel | ''>(['code', 'name', 'budgetAnnual', 'budget', 'budgetTotal', 'fiscal', 'other', 'carryOver', 'usage', 'plan', 'goal', 'goalAnnual', 'department', 'agency']);

export interface LibraryHeader {
  row: number;
  columns: Map<LibraryField, number>;
}

/**
 * The library's header: the first row (within 20) naming at least 项目类型, 一级指标 and 三级指标 and no project field
 * (a budget system's flat export may carry a 项目类别 column too, beside 项目名称 and the money: that is a table).
 */
export function libraryHeader(sheet: SheetGrid): LibraryHeader | null {
  for (let r = 0; r < Math.min(sheet.values.length, 20); r++) {
    const columns = new Map<LibraryField, number>();
    const row = sheet.values[r] ?? [];
    row.forEach((value, c) => {
      const word = libraryText(value);
      const match = HEADERS.find(([, pattern]) => pattern.test(word));
      if (match && !columns.has(match[0])) columns.set(match[0], c);
    });
    if (columns.has('kind') && columns.has('level1') && columns.has('level3')) {
      // Any label the table reader would take for a project's field, in the header or above it (a two-row header
      // merges 项目名称 down from the row above), makes the sheet a table: a real table is never skipped as a library.
      for (let above = 0; above <= r; above++) {
        for (const value of sheet.values[above] ?? []) {
          const word = libraryText(value);
          if (word && (PROJECT_WORDS.test(word) || PROJECT_LABELS.has(infoLabel(word)?.kind ?? ''))) return null;
        }
      }
      return { row: r, columns };
    }
  }
  return null;
}

/** A sheet that holds an indicator library (read for 新建, never as a target table). */
export function isLibrarySheet(sheet: SheetGrid): boolean {
  return libraryHeader(sheet) !== null;
}
