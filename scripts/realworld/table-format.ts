/**
 * The text format of the real-world corpus (test/realworld/*.table): a published table rebuilt from its web page, in
 * a form a person can read, diff and review, laid out as HTML lays out a table (rowspan/colspan).
 *
 *   # a comment
 *   source: https://…                 (metadata lines before the first sheet: source, title, publisher, province,
 *   title: …                           year, family, note)
 *   sheet: 工资性支出                   (starts a sheet; a file may hold several)
 *   | {c6} 2023年……绩效目标表 |          (a row: cells between bars; {c2} spans two columns, {r3} three rows,
 *   | 项目名称 | {c5} 工资性支出 |           {c2 r3} both; cells covered by a span from above are skipped)
 *   | 预算数 | 238.93 | '001 | 95% |      (a plain number is stored as a number, keeping its decimals as the number
 *   |  |                                  format; a leading ' keeps it text; {f:0%} sets a number format)
 *
 * In a cell, "\|" is a bar and "\n" a line break. Pure: no file system here, so tests and the eval script share it.
 */
import type { CellValue, MergeArea, SheetGrid, WorkbookGrid } from '../../src/core/grid';

export interface TableMeta {
  source?: string;
  title?: string;
  publisher?: string;
  province?: string;
  year?: string;
  family?: string;
  note?: string;
  [key: string]: string | undefined;
}

export interface ParsedTableFile {
  meta: TableMeta;
  workbook: WorkbookGrid;
}

export class TableFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

interface SheetBuild {
  name: string;
  rows: Map<number, Map<number, CellValue>>;
  formats: Map<number, Map<number, string>>;
  merges: MergeArea[];
  /** Cells covered by a rowspan from an earlier row: row → set of columns. */
  covered: Map<number, Set<number>>;
  nextRow: number;
  width: number;
}

const SPAN = /^\{([^}]*)\}\s*/;

/** Splits a row line into raw cell texts ("\|" is a literal bar). */
function splitCells(line: string, lineNo: number): string[] {
  const body = line.trim();
  if (!body.startsWith('|') || !body.endsWith('|') || body.length < 2) {
    throw new TableFormatError('a row starts and ends with "|"', lineNo);
  }
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < body.length - 1; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  return cells;
}

interface CellSpecText {
  colspan: number;
  rowspan: number;
  format: string | null;
  text: string;
}

function parseCell(raw: string, lineNo: number): CellSpecText {
  let text = raw.trim();
  let colspan = 1;
  let rowspan = 1;
  let format: string | null = null;
  const span = SPAN.exec(text);
  if (span) {
    text = text.slice(span[0].length);
    for (const part of span[1].split(/[\s,]+/).filter(Boolean)) {
      let m: RegExpExecArray | null;
      if ((m = /^c(\d+)$/.exec(part))) colspan = Number(m[1]);
      else if ((m = /^r(\d+)$/.exec(part))) rowspan = Number(m[1]);
      else if ((m = /^c(\d+)r(\d+)$/.exec(part))) [colspan, rowspan] = [Number(m[1]), Number(m[2])];
      else if ((m = /^r(\d+)c(\d+)$/.exec(part))) [rowspan, colspan] = [Number(m[1]), Number(m[2])];
      else if ((m = /^f:(.+)$/.exec(part))) format = m[1];
      else throw new TableFormatError(`unknown span "${part}" (use c2, r3, c2r3 or f:0%)`, lineNo);
    }
    if (colspan < 1 || rowspan < 1 || colspan > 200 || rowspan > 500) throw new TableFormatError('span out of range', lineNo);
  }
  return { colspan, rowspan, format, text: text.replace(/\\n/g, '\n') };
}

/** "238.93" → 238.93 shown as 0.00; "'001" → the text "001"; anything else stays text. */
function cellValue(text: string, format: string | null): { value: CellValue; format: string | null } {
  if (text === '') return { value: null, format };
  if (text.startsWith("'")) return { value: text.slice(1), format };
  const number = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (number) {
    const decimals = number[1]?.length ?? 0;
    return { value: Number(text), format: format ?? (decimals > 0 ? `0.${'0'.repeat(decimals)}` : null) };
  }
  return { value: text, format };
}

function addRow(sheet: SheetBuild, cells: CellSpecText[]): void {
  const row = sheet.nextRow++;
  const covered = sheet.covered.get(row) ?? new Set<number>();
  let col = 0;
  for (const cell of cells) {
    while (covered.has(col)) col++;
    const { value, format } = cellValue(cell.text, cell.format);
    if (value !== null) {
      if (!sheet.rows.has(row)) sheet.rows.set(row, new Map());
      sheet.rows.get(row)!.set(col, value);
    }
    if (format) {
      if (!sheet.formats.has(row)) sheet.formats.set(row, new Map());
      sheet.formats.get(row)!.set(col, format);
    }
    if (cell.colspan > 1 || cell.rowspan > 1) {
      sheet.merges.push({ top: row, left: col, bottom: row + cell.rowspan - 1, right: col + cell.colspan - 1 });
      for (let r = row + 1; r < row + cell.rowspan; r++) {
        if (!sheet.covered.has(r)) sheet.covered.set(r, new Set());
        for (let c = col; c < col + cell.colspan; c++) sheet.covered.get(r)!.add(c);
      }
    }
    col += cell.colspan;
    sheet.width = Math.max(sheet.width, col);
  }
}

function toGrid(sheet: SheetBuild): SheetGrid {
  const height = Math.max(sheet.nextRow, ...sheet.merges.map((m) => m.bottom + 1));
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < height; r++) {
    const row = sheet.rows.get(r);
    const formats = sheet.formats.get(r);
    values.push(Array.from({ length: sheet.width }, (_, c) => row?.get(c) ?? null));
    numberFormats.push(Array.from({ length: sheet.width }, (_, c) => formats?.get(c) ?? null));
  }
  return { name: sheet.name, top: 0, left: 0, values, numberFormats, merges: sheet.merges };
}

export function parseTableFile(text: string): ParsedTableFile {
  const meta: TableMeta = {};
  const sheets: SheetBuild[] = [];
  let current: SheetBuild | null = null;
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNo = index + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const sheetName = /^sheet:\s*(.+)$/.exec(trimmed);
    if (sheetName) {
      current = { name: sheetName[1].trim(), rows: new Map(), formats: new Map(), merges: [], covered: new Map(), nextRow: 0, width: 0 };
      sheets.push(current);
      return;
    }
    if (trimmed.startsWith('|')) {
      if (!current) throw new TableFormatError('a row before the first "sheet:" line', lineNo);
      addRow(current, splitCells(trimmed, lineNo).map((raw) => parseCell(raw, lineNo)));
      return;
    }
    const field = /^([a-z]+):\s*(.*)$/.exec(trimmed);
    if (field && !current) {
      meta[field[1]] = field[2];
      return;
    }
    throw new TableFormatError(`cannot read "${trimmed.slice(0, 40)}"`, lineNo);
  });
  if (sheets.length === 0) throw new TableFormatError('no "sheet:" line', 1);
  return { meta, workbook: { sheets: sheets.map(toGrid) } };
}
