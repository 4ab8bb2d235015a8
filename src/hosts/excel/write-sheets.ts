/**
 * Generated sheets (SheetSpecs) written into the open workbook through Office.js: new sheets only, under names not yet
 * taken; values as arrays (text that Excel would take for a formula gets the quote prefix), formats grouped by style,
 * merges, borders, widths, heights, tables. A constant number of round trips for an ordinary output; the values of a
 * large one go in pieces under the request size limit.
 */
import { toA1, type MergeArea } from '../../core/grid';
import type { CellSpec, CellStyle, SheetSpec } from '../../core/generate/sheet-spec';
import { uniqueSheetName } from '../../core/generate/sheet-spec';
import { addressLists } from './addresses';
import type { Features } from './environment';
import { chunksBySize, MAX_REQUEST_CHARS, RequestBudget } from './request-size';

/** Excel's column width is in points here: a character of the default font is about 6 points wide. */
export const POINTS_PER_CHARACTER = 6;

type Value = string | number | boolean | null;

const STYLE_FORMATS: Record<CellStyle, { bold?: boolean; size?: number; fill?: string; horizontal?: 'Center' | 'Left'; wrap?: boolean }> = {
  title: { bold: true, size: 16, horizontal: 'Center', wrap: true },
  subtitle: { size: 10, horizontal: 'Left' },
  label: { bold: true, size: 10, horizontal: 'Center', wrap: true },
  header: { bold: true, size: 10, horizontal: 'Center', wrap: true, fill: '#F2F2F2' },
  text: { size: 10, horizontal: 'Left', wrap: true },
  center: { size: 10, horizontal: 'Center', wrap: true },
  heading: { bold: true, size: 11, horizontal: 'Left', wrap: true },
  paragraph: { size: 10, horizontal: 'Left', wrap: true },
};

function area(a: MergeArea): string {
  return `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`;
}

/** The sheet's values as rows from A1, with the table (if any) in place. */
function valueGrid(spec: SheetSpec, literal: (text: string) => string): { values: Value[][]; formats: string[][] } {
  const cells: CellSpec[] = [...spec.cells];
  const rows = Math.max(1, ...cells.map((c) => c.row + 1), spec.table ? spec.table.top + 2 + spec.table.rows.length : 0);
  const cols = Math.max(1, ...cells.map((c) => c.col + 1), spec.table?.headers.length ?? 0);
  const values: Value[][] = Array.from({ length: rows }, () => Array<Value>(cols).fill(''));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  const put = (row: number, col: number, value: string | number | null, format?: string): void => {
    values[row][col] = typeof value === 'string' ? literal(value) : value ?? '';
    formats[row][col] = format ?? (typeof value === 'string' ? '@' : 'General');
  };
  for (const cell of cells) put(cell.row, cell.col, cell.value, cell.numberFormat);
  if (spec.table) {
    spec.table.headers.forEach((h, c) => put(spec.table!.top, c, h));
    spec.table.rows.forEach((row, r) => row.forEach((v, c) => put(spec.table!.top + 1 + r, c, v)));
  }
  return { values, formats };
}

/**
 * Values and number formats of a grid from A1, a block of rows at a time, each block within the request size limit
 * (a large output would otherwise be one request over Excel on the web's 5 MB).
 */
export async function writeRowsInPieces(budget: RequestBudget, sheet: Excel.Worksheet, values: Value[][], formats: string[][]): Promise<void> {
  const width = values[0]?.length ?? 0;
  if (width === 0) return;
  const rows = values.map((v, i) => ({ i, v, f: formats[i] }));
  const size = (r: (typeof rows)[number]): number => r.v.reduce<number>((n, v) => n + String(v ?? '').length + 6, 0) + r.f.join('').length;
  for (const piece of chunksBySize(rows, size, MAX_REQUEST_CHARS / 2)) {
    await budget.spend(piece.reduce((n, r) => n + size(r), 0));
    const first = piece[0].i;
    const range = sheet.getRange(`A${first + 1}:${toA1(first + piece.length - 1, width - 1)}`);
    range.numberFormat = piece.map((r) => r.f);
    range.values = piece.map((r) => r.v);
  }
}

/**
 * Adds a sheet for each wanted name after the existing ones, each under a free name (a name taken since a preview
 * gets a number), in one round trip; `onSheet` learns each new sheet's id before anything is written into it (so that
 * its change events are known as the add-in's own).
 */
export async function addSheetsUnderFreeNames(
  context: Excel.RequestContext,
  wanted: string[],
  onSheet: (id: string) => void,
): Promise<{ sheet: Excel.Worksheet; name: string }[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const taken = worksheets.items.map((s) => s.name);
  const added = wanted.map((want) => {
    const name = uniqueSheetName(want, taken);
    taken.push(name);
    const sheet = worksheets.add(name);
    sheet.load('id');
    return { sheet, name };
  });
  await context.sync();
  for (const { sheet } of added) onSheet(sheet.id);
  return added;
}

/** Writes one sheet's content: values in pieces, then every format in the same round trip as the last piece. */
async function writeSheet(budget: RequestBudget, sheet: Excel.Worksheet, spec: SheetSpec, features: Features, literal: (text: string) => string): Promise<void> {
  const { values, formats } = valueGrid(spec, literal);
  await writeRowsInPieces(budget, sheet, values, formats);
  await budget.spend(spec.cells.length * 12 + spec.merges.length * 20 + spec.bordered.length * 120);

  // Formats grouped by style: one range list per style (ExcelApi 1.9), one range per cell before.
  const byStyle = new Map<CellStyle, string[]>();
  for (const cell of spec.cells) byStyle.set(cell.style, [...(byStyle.get(cell.style) ?? []), toA1(cell.row, cell.col)]);
  for (const [style, addresses] of byStyle) {
    const look = STYLE_FORMATS[style];
    const ranges = features.rangeAreas ? addressLists(addresses).map((list) => sheet.getRanges(list)) : addresses.map((a) => sheet.getRange(a));
    for (const range of ranges) {
      if (look.bold) range.format.font.bold = true;
      if (look.size) range.format.font.size = look.size;
      if (look.fill) range.format.fill.color = look.fill;
      if (look.horizontal) range.format.horizontalAlignment = look.horizontal;
      if (look.wrap) range.format.wrapText = true;
    }
  }
  for (const merge of spec.merges) sheet.getRange(area(merge)).merge(false);
  for (const box of spec.bordered) {
    const format = sheet.getRange(area(box)).format;
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      format.borders.getItem(edge).style = 'Continuous';
    }
  }
  spec.columnWidths.forEach((chars, col) => {
    sheet.getRange(`${toA1(0, col)}`).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  for (const [row, height] of Object.entries(spec.rowHeights)) sheet.getRange(`A${Number(row) + 1}`).format.rowHeight = height;
  if (spec.table) {
    const t = spec.table;
    const table = sheet.tables.add(area({ top: t.top, left: 0, bottom: t.top + Math.max(1, t.rows.length), right: t.headers.length - 1 }), true);
    // Table names are unique in the workbook: the time makes this one new.
    table.name = `${t.name}_${Date.now().toString(36)}`;
  }
  if (spec.frozenRows && features.freezePanes) sheet.freezePanes.freezeRows(spec.frozenRows);
}

/** Adds the sheets (addSheetsUnderFreeNames), writes them, and returns the names used. */
export async function writeSheetSpecs(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  features: Features,
  literal: (text: string) => string,
  onSheet: (id: string) => void,
): Promise<string[]> {
  const added = await addSheetsUnderFreeNames(context, specs.map((spec) => spec.name), onSheet);
  const budget = new RequestBudget(context);
  for (const [i, { sheet }] of added.entries()) await writeSheet(budget, sheet, specs[i], features, literal);
  added[0]?.sheet.activate();
  await context.sync();
  return added.map((a) => a.name);
}
