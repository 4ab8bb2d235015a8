/** A corpus table's grid as sheet specifications, so that it can be written as a real .xlsx (values, formats, merges). */
import type { SheetSpec } from '../../src/core/generate/sheet-spec';
import type { WorkbookGrid } from '../../src/core/grid';

export function sheetSpecsOf(workbook: WorkbookGrid): SheetSpec[] {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    columnWidths: Array.from({ length: Math.max(1, ...sheet.values.map((r) => r.length)) }, () => 18),
    cells: sheet.values.flatMap((row, r) =>
      row.flatMap((value, c) =>
        value === null
          ? []
          : [{ row: r, col: c, value: value as string | number, style: 'text' as const, numberFormat: sheet.numberFormats?.[r]?.[c] ?? undefined }],
      ),
    ),
    merges: sheet.merges ?? [],
    bordered: [],
    rowHeights: {},
  }));
}
