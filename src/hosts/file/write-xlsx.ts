/** Renders SheetSpecs into an .xlsx workbook with ExcelJS (new files only: never a round trip of a user's file). */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { unzipSync, zipSync } from 'fflate';
import type { CellStyle, SheetSpec } from '../../core/generate/sheet-spec';

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

const STYLES: Record<CellStyle, { font: Partial<ExcelJS.Font>; alignment: Partial<ExcelJS.Alignment>; fill?: ExcelJS.Fill }> = {
  title: { font: { name: '黑体', size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  subtitle: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  label: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
  },
  text: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  center: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  heading: { font: { name: '黑体', size: 11, bold: true }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  paragraph: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true, indent: 1 } },
};

export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
  });
  sheet.columns = spec.columnWidths.map((width) => ({ width }));
  for (const area of spec.bordered) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        if (!cell.font) cell.font = STYLES.text.font;
      }
    }
  }
  for (const spec_ of spec.cells) {
    const cell = sheet.getCell(spec_.row + 1, spec_.col + 1);
    // Strings are written as strings: text that starts with "=" never becomes a formula.
    cell.value = spec_.value;
    const style = STYLES[spec_.style];
    cell.font = style.font;
    cell.alignment = style.alignment;
    if (style.fill) cell.fill = style.fill;
    if (spec_.numberFormat) cell.numFmt = spec_.numberFormat;
    else if (typeof spec_.value === 'string') cell.numFmt = '@';
  }
  for (const area of spec.merges) sheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  for (const [row, height] of Object.entries(spec.rowHeights)) sheet.getRow(Number(row) + 1).height = height;
  if (spec.table) addTable(sheet, spec.table);
  if (spec.frozenRows) sheet.views = [{ state: 'frozen', ySplit: spec.frozenRows }];
  return sheet;
}

function addTable(sheet: ExcelJS.Worksheet, table: NonNullable<SheetSpec['table']>): void {
  sheet.addTable({
    name: table.name,
    ref: `A${table.top + 1}`,
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    // An empty table still needs a row; a blank one is written and removed by Excel's own rules.
    rows: table.rows.length ? table.rows : [table.headers.map(() => null)],
  });
  for (let r = 0; r < table.rows.length; r++) {
    table.rows[r].forEach((value, c) => {
      const cell = sheet.getCell(table.top + 2 + r, c + 1);
      cell.font = STYLES.text.font;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (typeof value === 'string') cell.numFmt = '@';
    });
  }
}

/** A new workbook with fixed document dates, so that rebuilding the same content gives the same file content. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2024, 0, 1));
  workbook.creator = 'ptcheck';
  workbook.created = fixed;
  workbook.modified = fixed;
  return workbook;
}

/**
 * Writes the sheets to a file. With `reproducible`, every zip entry gets a fixed date, so that rebuilding the same
 * content gives byte-identical files (the committed sample workbooks do not change on every `npm run samples`).
 */
export async function writeSheetsToFile(specs: SheetSpec[], file: string, options: { reproducible?: boolean } = {}): Promise<void> {
  const workbook = newWorkbook();
  for (const spec of specs) addSheet(workbook, spec);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  if (!options.reproducible) {
    await fs.writeFile(file, bytes);
    return;
  }
  const entries = unzipSync(bytes);
  const fixed = new Date(Date.UTC(2024, 0, 1));
  const zipped = zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: fixed }]])), { level: 9 });
  await fs.writeFile(file, zipped);
}
