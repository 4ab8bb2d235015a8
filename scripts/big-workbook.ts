/**
 * The benchmark's big workbook: seed-like project tables (the 13 of the 2024 example, each with its own code) stacked
 * on several sheets, 1,000 tables on 10 sheets by default. Used by `npm run bench` and by the browser tests that time
 * the task pane on a workbook of that size.
 */
import type { SheetSpec } from '../src/core/generate/sheet-spec';
import { layoutTable, TABLE_COLUMN_WIDTHS, type TableContent } from '../src/core/generate/standard-table';
import { writeSheetsToFile } from '../src/hosts/file/write-xlsx';
import { loadSeedFacts, tableContentOf } from './seed-facts';

export interface BigWorkbookSize {
  sheets: number;
  tablesPerSheet: number;
}

export const BIG_WORKBOOK: BigWorkbookSize = { sheets: 10, tablesPerSheet: 100 };

/** The sheets of the big workbook; `root` is the repository (where samples/seed-tables.json is). */
export function bigWorkbookSheets(root: string, size: BigWorkbookSize = BIG_WORKBOOK): SheetSpec[] {
  const facts = loadSeedFacts(root);
  const specs: SheetSpec[] = [];
  for (let s = 0; s < size.sheets; s++) {
    const spec: SheetSpec = { name: `表${s + 1}`, columnWidths: TABLE_COLUMN_WIDTHS, cells: [], merges: [], bordered: [], rowHeights: {} };
    let row = 0;
    for (let t = 0; t < size.tablesPerSheet; t++) {
      const n = s * size.tablesPerSheet + t;
      const seed = facts.projects[n % facts.projects.length];
      const content: TableContent = { ...tableContentOf(seed, true, false), code: `${seed.code.slice(0, 13)}${String(n).padStart(8, '0')}` };
      const table = layoutTable(content, row, { groupLabels: 'merge', percentFormat: true, fiscalLabel: '其中：财政资金' });
      spec.cells.push(...table.cells);
      spec.merges.push(...table.merges);
      spec.bordered.push(...table.bordered);
      row = table.nextRow + 2;
    }
    specs.push(spec);
  }
  return specs;
}

/** Writes the big workbook as an .xlsx file. */
export async function writeBigWorkbook(root: string, file: string, size: BigWorkbookSize = BIG_WORKBOOK): Promise<void> {
  await writeSheetsToFile(bigWorkbookSheets(root, size), file);
}

/**
 * The same sheets behind a one-cell first sheet. The preview shows the active sheet beside the pane and draws it
 * whole after every change; with this small sheet in front, timings of the pane are the pane's own.
 */
export function withCoverSheet(sheets: SheetSpec[]): SheetSpec[] {
  const cover: SheetSpec = {
    name: '说明',
    columnWidths: [40],
    cells: [{ row: 0, col: 0, value: '基准测试', style: 'text' }],
    merges: [],
    bordered: [],
    rowHeights: {},
  };
  return [cover, ...sheets];
}
