/**
 * Builds the sample workbooks from the facts of the 2024 example (samples/seed-tables.json):
 * - samples/caofeidian-2024.xlsx: the department-wide targets on a sheet of their own, then one project table per
 *   sheet laid out as a real template (title, merged cells, borders, widths; money and plan shares as numbers);
 * - samples/caofeidian-2024-stacked.xlsx: the whole document on one sheet, tables stacked with blank rows between,
 *   level-1 names written once and left blank below, money and shares as text;
 * - samples/caofeidian-2024-self-evaluation.xlsx: the same projects' year-end self-evaluations, one planted mistake
 *   each (scripts/self-evaluation-sample.ts);
 * - samples/user-template.xlsx: a department's own form with placeholders, for `generate --template`
 *   (scripts/user-template-sample.ts, docs/templates.md).
 * Run with `npm run samples`.
 */
import * as path from 'path';
import type { CellSpec, SheetSpec } from '../src/core/generate/sheet-spec';
import { safeSheetName, wrappedRowHeight } from '../src/core/generate/sheet-spec';
import { layoutTable, TABLE_COLUMN_WIDTHS, type TableLayoutOptions } from '../src/core/generate/standard-table';
import { writeSheetsToFile } from '../src/hosts/file/write-xlsx';
import { loadSeedFacts, tableContentOf, type SeedFacts } from './seed-facts';
import { selfEvaluationSheets } from './self-evaluation-sample';
import { userTemplateSheet } from './user-template-sample';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'samples');
const WIDTH = TABLE_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
const LAST_COL = TABLE_COLUMN_WIDTHS.length - 1;

function isHeading(line: string): boolean {
  return /^[一二三四五六七八九十]+、/.test(line) || (/^（[一二三四五六七八九十]+）/.test(line) && line.length <= 20);
}

/** The department-wide prose, one paragraph per row merged across the table's width. */
function departmentFragment(facts: SeedFacts, startRow: number, title: string): { cells: CellSpec[]; merges: SheetSpec['merges']; rowHeights: Record<number, number>; nextRow: number } {
  const cells: CellSpec[] = [{ row: startRow, col: 0, value: title, style: 'title' }];
  const merges = [{ top: startRow, left: 0, bottom: startRow, right: LAST_COL }];
  const rowHeights: Record<number, number> = { [startRow]: 30 };
  let row = startRow + 1;
  for (const line of facts.department.lines) {
    cells.push({ row, col: 0, value: line, style: isHeading(line) ? 'heading' : 'paragraph' });
    merges.push({ top: row, left: 0, bottom: row, right: LAST_COL });
    rowHeights[row] = wrappedRowHeight(line, WIDTH);
    row++;
  }
  return { cells, merges, rowHeights, nextRow: row };
}

function sheetPerTable(facts: SeedFacts): SheetSpec[] {
  const department = departmentFragment(facts, 0, `2024年${facts.department.title}`);
  const specs: SheetSpec[] = [
    {
      name: '部门整体绩效目标',
      columnWidths: TABLE_COLUMN_WIDTHS,
      cells: department.cells,
      merges: department.merges,
      bordered: [],
      rowHeights: department.rowHeights,
    },
  ];
  const options: TableLayoutOptions = { groupLabels: 'merge', percentFormat: true, fiscalLabel: '其中：财政    资金' };
  for (const project of facts.projects) {
    const table = layoutTable(tableContentOf(project, true, false), 0, options);
    specs.push({
      name: safeSheetName(`${project.number}.${project.name.replace(/^2024年/, '')}`),
      columnWidths: TABLE_COLUMN_WIDTHS,
      cells: table.cells,
      merges: table.merges,
      bordered: table.bordered,
      rowHeights: table.rowHeights,
      landscape: true,
    });
  }
  return specs;
}

function stacked(facts: SeedFacts): SheetSpec {
  const spec: SheetSpec = {
    name: '绩效目标',
    columnWidths: TABLE_COLUMN_WIDTHS,
    cells: [],
    merges: [],
    bordered: [],
    rowHeights: {},
    landscape: true,
  };
  const department = departmentFragment(facts, 0, facts.department.title);
  spec.cells.push(...department.cells);
  spec.merges.push(...department.merges);
  Object.assign(spec.rowHeights, department.rowHeights);
  let row = department.nextRow + 2;
  spec.cells.push({ row, col: 0, value: '预算项目绩效目标', style: 'title' });
  spec.merges.push({ top: row, left: 0, bottom: row, right: LAST_COL });
  row += 2;
  const options: TableLayoutOptions = { groupLabels: 'first-only', percentFormat: false, fiscalLabel: '其中：财政资金' };
  for (const project of facts.projects) {
    const table = layoutTable(tableContentOf(project, false, true), row, options);
    spec.cells.push(...table.cells);
    spec.merges.push(...table.merges);
    spec.bordered.push(...table.bordered);
    Object.assign(spec.rowHeights, table.rowHeights);
    row = table.nextRow + 2;
  }
  return spec;
}

async function main(): Promise<void> {
  const facts = loadSeedFacts(ROOT);
  const perSheet = path.join(SAMPLES, 'caofeidian-2024.xlsx');
  const stackedFile = path.join(SAMPLES, 'caofeidian-2024-stacked.xlsx');
  await writeSheetsToFile(sheetPerTable(facts), perSheet, { reproducible: true });
  await writeSheetsToFile([stacked(facts)], stackedFile, { reproducible: true });
  const selfEvaluation = path.join(SAMPLES, 'caofeidian-2024-self-evaluation.xlsx');
  await writeSheetsToFile(selfEvaluationSheets(facts), selfEvaluation, { reproducible: true });
  const userTemplate = path.join(SAMPLES, 'user-template.xlsx');
  await writeSheetsToFile([userTemplateSheet()], userTemplate, { reproducible: true });
  console.log(`wrote ${[perSheet, stackedFile, selfEvaluation, userTemplate].map((f) => path.relative(ROOT, f)).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
