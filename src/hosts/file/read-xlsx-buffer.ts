/**
 * Reads .xlsx bytes into the Grid by loading the whole workbook with ExcelJS. Used where there is no file system
 * (the preview page in a browser); the command line uses the faster streaming reader.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../core/grid';
import { toCellValue } from './cell-value';
import { SheetGridBuilder } from './grid-builder';

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  return workbook;
}

export function workbookToGrid(workbook: ExcelJS.Workbook): WorkbookGrid {
  return {
    sheets: workbook.worksheets.map((worksheet) => {
      const builder = new SheetGridBuilder(worksheet.name);
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          // ExcelJS repeats a merged area's value in every cell of it; the Grid, like Excel, keeps it in the first.
          if (cell.type === ExcelJS.ValueType.Merge) return;
          builder.set(rowNumber - 1, colNumber - 1, toCellValue(cell.value), cell.numFmt ?? null);
        });
      });
      for (const ref of (worksheet.model as { merges?: string[] }).merges ?? []) builder.addMerge(ref);
      return builder.build();
    }),
  };
}

export async function readXlsxBuffer(data: ArrayBuffer | Uint8Array): Promise<WorkbookGrid> {
  return workbookToGrid(await loadWorkbook(data));
}
