/**
 * A sheet of the open workbook as a user template (ExcelApi 1.9): read into the core's TemplateSheet in two round
 * trips, and the core's render plan written back as new sheets whose cells take their formats from the template by
 * Range.copyFrom(…, formats), a run of output rows whose template rows follow one another being one copy.
 */
import { toA1, type MergeArea } from '../../core/grid';
import type { RenderedSheet, TemplateCell, TemplateSheet } from '../../core/generate/user-template';
import { areasOf } from './addresses';
import type { Features } from './environment';
import { RequestBudget } from './request-size';
import { addSheetsUnderFreeNames, POINTS_PER_CHARACTER, writeRowsInPieces } from './write-sheets';

/** Cells a template sheet may span: far above any form, and short of a sheet formatted to its last row. */
export const MAX_TEMPLATE_CELLS = 200_000;

export class TemplateTooLargeError extends Error {
  constructor(readonly sheet: string) {
    // Both languages, as the read-limit errors: the pane shows the message as it is.
    super(
      `模板工作表“${sheet}”的范围超过 ${MAX_TEMPLATE_CELLS.toLocaleString('en-US')} 个单元格，不能作为模板（请删去模板以外的格式或内容） / ` +
        `the template sheet "${sheet}" spans more than ${MAX_TEMPLATE_CELLS.toLocaleString('en-US')} cells (clear formats or content outside the form)`,
    );
    this.name = 'TemplateTooLargeError';
  }
}

type Value = string | number | boolean | null;

/**
 * (1) the used range, formats included (blank cells with borders belong to the form); (2) values, number formats,
 * merged areas (ExcelApi 1.13; before it the template's merges come over with copyFrom only), widths and heights.
 * Every cell from A1 to the used range's far corner is described, blank ones too, so that every output row names the
 * template row it comes from.
 */
export async function readTemplateSheet(context: Excel.RequestContext, name: string, features: Features): Promise<{ sheet: TemplateSheet; formats: string[][] }> {
  const worksheet = context.workbook.worksheets.getItem(name);
  const used = worksheet.getUsedRangeOrNullObject(false);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  worksheet.load('standardHeight');
  await context.sync();
  if (used.isNullObject) return { sheet: { name, cells: [], merges: [], columnWidths: [], rowHeights: {} }, formats: [] };
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  if (rows * cols > MAX_TEMPLATE_CELLS) throw new TemplateTooLargeError(name);
  const range = worksheet.getRange(`A1:${toA1(rows - 1, cols - 1)}`);
  range.load('values,numberFormat');
  const merged = features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
  merged?.load('areas/items/address');
  const widths = Array.from({ length: cols }, (_, c) => worksheet.getRange(toA1(0, c)).format.load('columnWidth'));
  const heights = Array.from({ length: rows }, (_, r) => worksheet.getRange(`A${r + 1}`).format.load('rowHeight'));
  await context.sync();
  const merges: MergeArea[] = merged && !merged.isNullObject ? merged.areas.items.flatMap((item) => areasOf(item.address)) : [];
  const covered = new Set<string>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  const cells: TemplateCell[] = [];
  (range.values as unknown[][]).forEach((row, r) =>
    row.forEach((raw, c) => {
      // A merged-away cell has no value of its own; a formula counts by its result.
      const value: Value = covered.has(`${r},${c}`) || raw === '' || raw === null || raw === undefined ? null : typeof raw === 'object' ? String(raw) : (raw as Value);
      cells.push({ row: r, col: c, value, style: toA1(r, c) });
    }),
  );
  const rowHeights: Record<number, number> = {};
  // A row at the standard height is left to Excel on the new sheets: set explicitly it would no longer grow with
  // wrapped text (an indicator's long description).
  heights.forEach((format, r) => {
    if (Math.abs(format.rowHeight - worksheet.standardHeight) > 0.01) rowHeights[r] = format.rowHeight;
  });
  return {
    sheet: { name, cells, merges, columnWidths: widths.map((format) => format.columnWidth / POINTS_PER_CHARACTER), rowHeights },
    formats: range.numberFormat as string[][],
  };
}

function isGeneral(format: string | undefined): boolean {
  return !format || format === 'General';
}

/** Output rows [start, start + count) copy template rows [source, source + count). */
interface RowRun {
  start: number;
  source: number;
  count: number;
}

/** Consecutive output rows whose template rows are consecutive too: one copyFrom each. */
export function rowRuns(sheet: RenderedSheet): RowRun[] {
  const sourceOf = new Map<number, number>();
  for (const cell of sheet.cells) if (!sourceOf.has(cell.row)) sourceOf.set(cell.row, cell.source.row);
  const rows = [...sourceOf.keys()].sort((a, b) => a - b);
  const runs: RowRun[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    const source = sourceOf.get(row)!;
    if (last && last.start + last.count === row && last.source + last.count === source) last.count++;
    else runs.push({ start: row, source, count: 1 });
  }
  return runs;
}


async function writeRendered(
  budget: RequestBudget,
  template: Excel.Worksheet,
  sheet: Excel.Worksheet,
  rendered: RenderedSheet,
  templateFormats: string[][],
  templateWidth: number,
  literal: (text: string) => string,
): Promise<void> {
  // Loops, not Math.max(...cells): a stacked sheet of many projects holds more cells than a call may take arguments.
  let rows = 0;
  let cols = templateWidth;
  for (const c of rendered.cells) {
    if (c.row + 1 > rows) rows = c.row + 1;
    if (c.col + 1 > cols) cols = c.col + 1;
  }
  if (rows === 0 || cols === 0) return;
  const last = toA1(0, cols - 1).replace(/\d+$/, '');
  for (const run of rowRuns(rendered)) {
    await budget.spend(40);
    sheet.getRange(`A${run.start + 1}:${last}${run.start + run.count}`).copyFrom(template.getRange(`A${run.source + 1}:${last}${run.source + run.count}`), 'Formats' as Excel.RangeCopyType);
  }
  // Whether or not the copy brought the template's merges along, the plan's merges are the ones wanted: none twice.
  const whole = sheet.getRange(`A1:${toA1(rows - 1, cols - 1)}`);
  whole.unmerge();
  for (const m of rendered.merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    await budget.spend(30);
    sheet.getRange(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).merge(false);
  }
  // Values and number formats as whole grids: each cell keeps its source's format, a plan format only over General.
  const values: Value[][] = Array.from({ length: rows }, () => Array<Value>(cols).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const cell of rendered.cells) {
    const sourceFormat = templateFormats[cell.source.row]?.[cell.source.col];
    formats[cell.row][cell.col] = cell.numberFormat && isGeneral(sourceFormat) ? cell.numberFormat : sourceFormat ?? 'General';
    values[cell.row][cell.col] = cell.value === null ? '' : typeof cell.value === 'string' ? literal(cell.value) : cell.value;
  }
  await writeRowsInPieces(budget, sheet, values, formats);
  rendered.columnWidths.forEach((chars, col) => {
    if (chars !== null) sheet.getRange(toA1(0, col)).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  for (const [row, height] of Object.entries(rendered.rowHeights)) sheet.getRange(`A${Number(row) + 1}`).format.rowHeight = height;
}

/**
 * Adds the rendered sheets after the existing ones, each under a free name (a name taken since the preview gets a
 * number), and returns the names used. The template sheet is only read.
 */
export async function writeTemplateSheets(
  context: Excel.RequestContext,
  templateName: string,
  sheets: RenderedSheet[],
  templateFormats: string[][],
  literal: (text: string) => string,
  onSheet: (id: string) => void,
): Promise<string[]> {
  const added = (await addSheetsUnderFreeNames(context, sheets.map((s) => s.name), onSheet)).map((a, i) => ({ ...a, rendered: sheets[i] }));
  const template = context.workbook.worksheets.getItem(templateName);
  let width = 0;
  for (const row of templateFormats) width = Math.max(width, row.length);
  const budget = new RequestBudget(context);
  try {
    for (const { rendered, sheet } of added) await writeRendered(budget, template, sheet, rendered, templateFormats, width, literal);
    added[0]?.sheet.activate();
    await context.sync();
  } catch (error) {
    // No half-written sheets left behind: the new sheets go (the user's own were never touched), then the error.
    try {
      for (const { name } of added) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    } catch {
      // The original error says what went wrong; a failed clean-up adds nothing to it.
    }
    throw error;
  }
  return added.map((a) => a.name);
}
