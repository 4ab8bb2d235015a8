/**
 * Reads an .xlsx file into the Grid with ExcelJS's streaming WorkbookReader (several times faster than loading the
 * whole workbook model). ExcelJS's stream reader ignores merged cells, so the worksheet XML is tapped on its way into
 * the parser and the <mergeCell ref="…"/> elements are collected from it.
 */
import type { WorkbookGrid } from '../../core/grid';
import { toCellValue } from './cell-value';
import { SheetGridBuilder } from './grid-builder';

// The stream reader alone loads in about half the time of the whole package (this is a command-line start-up cost).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookReader: WorkbookReaderClass = require('exceljs/lib/stream/xlsx/workbook-reader');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorksheetReaderClass: WorksheetReaderConstructor = require('exceljs/lib/stream/xlsx/worksheet-reader');

interface StreamCell {
  value: unknown;
  numFmt?: string;
}
interface StreamRow {
  number: number;
  eachCell(callback: (cell: StreamCell, colNumber: number) => void): void;
}
interface WorksheetReader extends AsyncIterable<StreamRow> {
  name?: string;
  /** Set by createReader: the number in xl/worksheets/sheetN.xml. */
  sheetNo?: string;
}
interface Relationship {
  Id: string;
  Target: string;
}
interface WorkbookReaderInstance extends AsyncIterable<WorksheetReader> {
  options: Record<string, string>;
  workbookRels?: Relationship[];
  model?: { sheets?: { id: number; name: string; rId: string; state?: string }[] };
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}
type WorksheetReaderConstructor = new (args: {
  workbook: WorkbookReaderInstance;
  id: string;
  iterator: AsyncIterable<Buffer | string>;
  options: Record<string, string>;
}) => WorksheetReader;
type WorkbookReaderClass = new (input: string | NodeJS.ReadableStream, options: Record<string, string>) => WorkbookReaderInstance;

const MERGE_REF = /<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

/** Passes the XML through unchanged while collecting the merged-cell references. */
async function* tapMerges(source: AsyncIterable<Buffer | string>, refs: string[]): AsyncGenerator<Buffer | string> {
  let tail = '';
  for await (const chunk of source) {
    // latin1 keeps one character per byte, so a UTF-8 character split across chunks cannot hide an ASCII tag.
    const text = tail + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
    MERGE_REF.lastIndex = 0;
    for (const match of text.matchAll(MERGE_REF)) {
      if (match.index! + match[0].length > tail.length) refs.push(match[1]);
    }
    tail = text.slice(-200);
    yield chunk;
  }
}

function createReader(file: string, mergesBySheet: Map<string, string[]>): WorkbookReaderInstance {
  const reader = new WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // Replaces ExcelJS's own, which fails when workbook.xml comes after the sheets in the zip (as in files ExcelJS
  // itself writes): names and order are resolved once everything has been read.
  reader._parseWorksheet = function* (iterator, sheetNo) {
    const refs: string[] = [];
    mergesBySheet.set(String(sheetNo), refs);
    const worksheet = new WorksheetReaderClass({
      workbook: reader,
      id: String(sheetNo),
      iterator: tapMerges(iterator, refs),
      options: reader.options,
    });
    worksheet.sheetNo = String(sheetNo);
    yield { eventType: 'worksheet', value: worksheet };
  };
  return reader;
}

/** The sheet's name and position from the workbook's own list, whatever form the relationship target takes. */
function sheetOrder(reader: WorkbookReaderInstance): Map<string, { name: string; index: number }> {
  const order = new Map<string, { name: string; index: number }>();
  const rels = reader.workbookRels ?? [];
  (reader.model?.sheets ?? []).forEach((sheet, index) => {
    const rel = rels.find((r) => r.Id === sheet.rId);
    const match = rel && /worksheets\/sheet(\d+)\.xml$/.exec(rel.Target);
    if (match) order.set(match[1], { name: sheet.name, index });
  });
  return order;
}

export async function readXlsxFileStreaming(file: string): Promise<WorkbookGrid> {
  const mergesBySheet = new Map<string, string[]>();
  const reader = createReader(file, mergesBySheet);
  const read: { sheetNo: string; builder: SheetGridBuilder }[] = [];
  for await (const worksheet of reader) {
    const sheetNo = worksheet.sheetNo ?? String(read.length + 1);
    const builder = new SheetGridBuilder(worksheet.name ?? `Sheet${sheetNo}`);
    for await (const row of worksheet) {
      row.eachCell((cell, colNumber) => {
        builder.set(row.number - 1, colNumber - 1, toCellValue(cell.value), cell.numFmt ?? null);
      });
    }
    read.push({ sheetNo, builder });
  }
  // Merges are known once a sheet's XML has been read to its end, and names once workbook.xml has been read.
  const order = sheetOrder(reader);
  const sheets = read.map(({ sheetNo, builder }) => {
    for (const ref of mergesBySheet.get(sheetNo) ?? []) builder.addMerge(ref);
    const grid = builder.build();
    const known = order.get(sheetNo);
    if (known) grid.name = known.name;
    return { grid, index: known?.index ?? Number.MAX_SAFE_INTEGER, sheetNo: Number(sheetNo) };
  });
  sheets.sort((a, b) => a.index - b.index || a.sheetNo - b.sheetNo);
  return { sheets: sheets.map((s) => s.grid) };
}
