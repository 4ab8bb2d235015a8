/**
 * The review report (审核报告) as an ExcelJS sheet, laid out as the add-in writes it in Excel (excel-host.ts
 * writeReport): title and subtitle in A1:A2, the headings in row 4, one row per finding from row 5 with a link to
 * its cell, the severity column in the highlight colours, the add-in's column widths, the heading row frozen.
 */
import type ExcelJS from 'exceljs';
import type { ReportTable } from '../../core/review/report';
import { HIGHLIGHT_COLORS } from '../../core/review/mark-style';
import { wrappedRowHeight } from '../../core/generate/sheet-spec';

const HEADER_ROW = 4;
const SEVERITY_COLUMN = 6;

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** A sheet name inside a formula: always quoted, quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function addReportSheet(workbook: ExcelJS.Workbook, report: ReportTable, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  // Strings go in as strings: a message or a code that starts with "=" stays text, never a formula.
  sheet.getCell('A1').value = report.title;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = report.subtitle;
  report.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  const header = sheet.getRow(HEADER_ROW);
  report.headers.forEach((heading, c) => {
    const cell = header.getCell(c + 1);
    cell.value = heading;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  report.rows.forEach((row, i) => {
    const line = sheet.getRow(HEADER_ROW + 1 + i);
    row.cells.forEach((value, c) => {
      const cell = line.getCell(c + 1);
      if (c === report.linkColumn) {
        const target = `#${quoteSheet(row.link.sheet)}!${row.link.cell}`.replace(/"/g, '""');
        cell.value = { formula: `HYPERLINK("${target}","${value.replace(/"/g, '""')}")`, result: value };
        cell.font = { color: { argb: 'FF0563C1' }, underline: true };
      } else if (c === 0) {
        cell.value = Number(value); // the row number, as a number like the add-in's
      } else {
        cell.value = value;
      }
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    // Excel grows a wrapped row by itself when the add-in writes it; a file must say the height (LibreOffice keeps one line).
    line.height = Math.max(...row.cells.map((value, c) => wrappedRowHeight(value, report.columnWidths[c] ?? 10)));
    const severity = line.getCell(SEVERITY_COLUMN);
    severity.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HIGHLIGHT_COLORS[row.severity].fill) } };
    severity.font = { color: { argb: argb(HIGHLIGHT_COLORS[row.severity].font) } };
  });
  return sheet;
}
