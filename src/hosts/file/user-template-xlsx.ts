/**
 * User templates from .xlsx files: the template workbook goes through the bounded reader's checks first (size,
 * not-xlsx, limits), then ExcelJS loads it for its styles and describes the chosen sheet to the core (TemplateSheet,
 * each cell's style key being its address); the core's render plan is written with ExcelJS, every output cell taking
 * a copy of its source cell's style, the template's column widths, row heights and page setup.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { parseRange, type WorkbookGrid } from '../../core/grid';
import type { Messages } from '../../core/i18n/messages';
import type { SheetSpec } from '../../core/generate/sheet-spec';
import type { RenderedSheet, TemplateCell, TemplateSheet, TemplateValue } from '../../core/generate/user-template';
import { DEFAULT_READ_LIMITS } from '../read-limits';
import { openWorkbookFile } from './open-workbook-file';
import { addSheet, newWorkbook } from './write-xlsx';
import { placeholderSheets } from '../../core/workflow/placeholder-sheets';

export interface LoadedTemplate {
  worksheet: ExcelJS.Worksheet;
  sheet: TemplateSheet;
}

export type TemplateFileError = { code: string; message: Messages };

function badTemplate(zh: string, en: string): { ok: false; error: TemplateFileError } {
  return { ok: false, error: { code: 'bad-template', message: { 'zh-CN': zh, 'en-US': en } } };
}

/** The first sheet holding a placeholder, as the bounded reader saw the values; else the first sheet. */
function sheetWithPlaceholder(grid: WorkbookGrid): string | undefined {
  return placeholderSheets(grid)[0] ?? grid.sheets[0]?.name;
}

/** A cell's value as the core sees it: rich text and links as their text, a formula as its result (never the formula). */
function plainValue(value: ExcelJS.CellValue): TemplateValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/** Cells a template may describe: far above any form, and short of a file whose styles alone fill a sheet. */
const MAX_TEMPLATE_CELLS = 200_000;

function describe(worksheet: ExcelJS.Worksheet): TemplateSheet | null {
  const cells: TemplateCell[] = [];
  const rowHeights: Record<number, number> = {};
  let tooMany = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooMany) return;
    if (row.height !== undefined && row.height !== null) rowHeights[rowNumber - 1] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      if (cells.length >= MAX_TEMPLATE_CELLS) {
        tooMany = true;
        return;
      }
      // The cells a merged area covers keep their own style (the area's borders) but no value of their own.
      const covered = cell.isMerged && cell.master.address !== cell.address;
      const value = covered ? null : plainValue(cell.value);
      if (value === null && Object.keys(cell.style ?? {}).length === 0) return;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value, style: cell.address });
    });
  });
  if (tooMany) return null;
  const columnWidths: (number | null)[] = [];
  for (let c = 1; c <= worksheet.columnCount; c++) columnWidths.push(worksheet.getColumn(c).width ?? null);
  const merges = (worksheet.model.merges ?? []).flatMap((range) => {
    const area = parseRange(range);
    return area ? [area] : [];
  });
  return { name: worksheet.name, cells, merges, columnWidths, rowHeights };
}

export async function loadTemplateFile(file: string, sheetName?: string): Promise<{ ok: true; template: LoadedTemplate } | { ok: false; error: TemplateFileError }> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) {
    const m = opened.error.message;
    return { ok: false, error: { code: opened.error.code, message: { 'zh-CN': `模板文件 ${file}：${m['zh-CN']}`, 'en-US': `template file ${file}: ${m['en-US']}` } } };
  }
  const names = opened.grid.sheets.map((s) => s.name);
  const wanted = sheetName ?? sheetWithPlaceholder(opened.grid);
  if (sheetName !== undefined && !names.includes(sheetName)) {
    return badTemplate(`模板文件 ${file} 中没有名为“${sheetName}”的工作表；有：${names.join('、')}`, `the template file ${file} has no sheet named "${sheetName}"; it has: ${names.join(', ')}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = await fs.readFile(file);
    // The file was measured above; one changed in between is not loaded whatever its size.
    if (bytes.length > DEFAULT_READ_LIMITS.maxFileBytes) throw new Error('grown');
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return badTemplate(`无法读取模板文件 ${file} 的格式`, `the formatting of the template file ${file} could not be read`);
  }
  const worksheet = workbook.worksheets.find((w) => w.name === wanted);
  if (!worksheet) return badTemplate(`模板文件 ${file} 中没有工作表`, `the template file ${file} has no sheet`);
  const sheet = describe(worksheet);
  if (!sheet) {
    return badTemplate(
      `模板工作表“${worksheet.name}”的单元格超过 ${MAX_TEMPLATE_CELLS} 个，不像一张表格模板`,
      `the template sheet "${worksheet.name}" has more than ${MAX_TEMPLATE_CELLS} cells: not a form template`,
    );
  }
  return { ok: true, template: { worksheet, sheet } };
}

function isGeneralFormat(format: string | undefined): boolean {
  return !format || format === 'General' || format === '@';
}

function copyStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  return JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
}

function addRenderedSheet(workbook: ExcelJS.Workbook, template: ExcelJS.Worksheet, rendered: RenderedSheet): void {
  const { printArea: _printArea, ...pageSetup } = template.pageSetup ?? {};
  const sheet = workbook.addWorksheet(rendered.name, { pageSetup });
  rendered.columnWidths.forEach((width, c) => {
    if (width !== null) sheet.getColumn(c + 1).width = width;
  });
  for (const cell of rendered.cells) {
    const source = template.getCell(cell.source.row + 1, cell.source.col + 1);
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    target.style = copyStyle(source.style ?? {});
    const native = source.value;
    // The template's own rich text or link is kept; a formula never is (its result is written), nor a merged-away value.
    const keepNative = cell.unchanged && cell.value !== null && native !== null && typeof native === 'object' && ('richText' in native || 'hyperlink' in native);
    // A string is written as a string cell: text that starts with "=" stays text, never a formula.
    target.value = keepNative ? native : cell.value;
    if (cell.numberFormat && isGeneralFormat(source.numFmt)) target.numFmt = cell.numberFormat;
  }
  for (const area of rendered.merges) {
    if (area.top === area.bottom && area.left === area.right) continue;
    sheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }
  for (const [row, height] of Object.entries(rendered.rowHeights)) sheet.getRow(Number(row) + 1).height = height;
}

/** Writes the rendered sheets (and further sheets such as the generation notes) into a new workbook file. */
export async function writeRenderedTemplate(template: LoadedTemplate, sheets: RenderedSheet[], extra: SheetSpec[], out: string): Promise<void> {
  const workbook = newWorkbook();
  for (const rendered of sheets) addRenderedSheet(workbook, template.worksheet, rendered);
  for (const spec of extra) addSheet(workbook, spec);
  await fs.writeFile(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
