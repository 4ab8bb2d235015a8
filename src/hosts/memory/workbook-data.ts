/**
 * An in-memory workbook: what the preview page shows and what the fake Excel object model (fake-excel.ts) works on.
 * It keeps what the add-in reads and writes (values, formulas, number formats, merged areas, the user's own cell
 * formats, conditional formats, notes, comments, settings, the selection) and can be saved to JSON and reopened.
 */
import type { CellValue, MergeArea, WorkbookGrid } from '../../core/grid';
import { parseRange } from '../../core/grid';

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  border?: string;
  /** Wrap text (Excel's wrapText); without it text runs on over empty neighbours, as in Excel. */
  wrap?: boolean;
  horizontal?: string;
  fontSize?: number;
}

export interface CellData {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** Text entered with a leading apostrophe (Excel's quote prefix): kept as text, the apostrophe not part of it. */
  quotePrefix?: boolean;
  format?: CellFormat;
}

export interface ConditionalFormatData {
  id: number;
  areas: MergeArea[];
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface SheetData {
  /** Stable like Excel's worksheet id; change events carry it, not the name. */
  id: string;
  name: string;
  cells: Record<string, CellData>;
  merges: MergeArea[];
  conditionalFormats: ConditionalFormatData[];
  frozenRows: number;
  columnWidths: Record<number, number>;
  /** Protected: Excel refuses every change to it. */
  protected?: boolean;
  /** Row heights in points, where set. */
  rowHeights?: Record<number, number>;
  /** Excel tables (ListObjects) on the sheet. */
  tables?: { name: string; area: MergeArea; hasHeaders: boolean }[];
}

export interface AnnotationData {
  id: number;
  sheet: string;
  cell: string;
  content: string;
}

/** A custom XML part: stored in the file, seen by every add-in whatever its Id. */
export interface CustomXmlPartData {
  id: string;
  xml: string;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** Absent in workbooks saved before the fake had them. */
  customXmlParts?: CustomXmlPartData[];
  notes: AnnotationData[];
  comments: AnnotationData[];
  settings: Record<string, unknown>;
  activeSheet: string;
  selection: { sheet: string; areas: MergeArea[] } | null;
  nextId: number;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function emptyWorkbook(): WorkbookData {
  return { sheets: [], notes: [], comments: [], settings: {}, activeSheet: '', selection: null, nextId: 1 };
}

let sheetIds = 0;

export function newSheet(name: string): SheetData {
  sheetIds++;
  return { id: `{sheet-${sheetIds}}`, name, cells: {}, merges: [], conditionalFormats: [], frozenRows: 0, columnWidths: {} };
}

/** A workbook holding the Grid's values, number formats and merged areas (the preview's starting point). */
export function workbookFromGrid(grid: WorkbookGrid): WorkbookData {
  const data = emptyWorkbook();
  for (const sheet of grid.sheets) {
    const target = newSheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell: CellData = { value };
        const format = sheet.numberFormats?.[r]?.[c];
        if (format) cell.numberFormat = format;
        target.cells[cellKey(sheet.top + r, sheet.left + c)] = cell;
      }),
    );
    target.merges = [...(sheet.merges ?? [])];
    data.sheets.push(target);
  }
  data.activeSheet = data.sheets[0]?.name ?? '';
  return data;
}

/** "Save" and "reopen": everything survives as plain JSON, nothing else does. */
export function saveWorkbook(data: WorkbookData): string {
  return JSON.stringify(data);
}

export function reopenWorkbook(saved: string): WorkbookData {
  return JSON.parse(saved) as WorkbookData;
}

export function sheetByName(data: WorkbookData, name: string): SheetData | undefined {
  const lower = name.toLowerCase();
  return data.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The bounding box of the cells holding a value (Excel's used range, values only). */
export function usedArea(sheet: SheetData): MergeArea | null {
  let area: MergeArea | null = null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (cell.value === null || cell.value === '') continue;
    const [row, col] = key.split(',').map(Number);
    if (!area) area = { top: row, left: col, bottom: row, right: col };
    else {
      area.top = Math.min(area.top, row);
      area.left = Math.min(area.left, col);
      area.bottom = Math.max(area.bottom, row);
      area.right = Math.max(area.right, col);
    }
  }
  return area;
}

export function areaOf(address: string): MergeArea {
  const area = parseRange(address.replace(/\$/g, ''));
  if (!area) throw new Error(`InvalidArgument: bad address ${address}`);
  return area;
}

export function intersects(a: MergeArea, b: MergeArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The highlight a conditional format gives a cell, if any (the first matching format wins, as in Excel). */
export function conditionalLook(sheet: SheetData, row: number, col: number): { fill: string | null; fontColor: string | null } | null {
  for (const format of sheet.conditionalFormats) {
    if (format.areas.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right)) {
      return { fill: format.fill, fontColor: format.fontColor };
    }
  }
  return null;
}
