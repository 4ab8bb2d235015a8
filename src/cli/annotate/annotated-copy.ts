/**
 * `ptcheck check FILE --annotate OUT.xlsx`: a copy of the workbook with each finding's cell marked as the add-in
 * marks it, and a 审核报告 sheet. The original is only read.
 *
 * Highlights are conditional formats, not cell fills, as in the add-in: the cells keep their own fills, fonts and
 * borders untouched (the copy's cells compare equal to the original's), and each format's formula carries the
 * add-in's marker, so that the add-in's 清除标记 removes exactly these marks when the copy is opened in Excel. Notes
 * start with the add-in's marker for the same reason; a cell that already has someone's note keeps it (the finding
 * is still in the report).
 *
 * ExcelJS loads and writes the copy. It drops what it does not model (see README: charts, shapes, pivot tables,
 * custom XML parts, extension lists such as Excel 2010 data validations, custom document properties); notes on empty
 * cells, which it also drops, are put back from the original's own parts, and so are the add-in's stored waivers.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { SEVERITY_RANK, type Severity } from '../../core/check/types';
import type { Locale } from '../../core/i18n/messages';
import { HIGHLIGHT_COLORS, HIGHLIGHT_MARKER, NOTE_MARKER, highlightFormula } from '../../core/review/mark-style';
import { reportTable } from '../../core/review/report';
import { marksFor, type Mark } from '../../core/workflow/marks';
import type { ReviewedFinding } from '../../core/review/waivers';
import { uniqueSheetName } from '../../core/generate/sheet-spec';
import { readOriginalNotes } from './original-notes';
import { readXlsxWaivers } from '../../hosts/file/xlsx/read-xlsx';
import { withCustomXmlPart } from '../../hosts/file/xlsx/custom-xml-part';
import { waiversToXml } from '../../core/review/waiver-store';
import { addReportSheet } from './report-sheet';
import { AnnotateError } from './annotate-error';

export interface AnnotatedCopy {
  /** Cells highlighted. */
  cells: number;
  /** Notes written (cells with someone's note keep theirs). */
  notes: number;
  /** Cells whose own note was kept instead of ours. */
  keptNotes: number;
  reportSheet: string;
}

interface CellMark {
  sheet: ExcelJS.Worksheet;
  address: string;
  severity: Severity;
  notes: string[];
}

/**
 * The workflow's marks, one per cell (a cell inside a merged area is marked on the area's first cell, which Excel
 * shows): the notes of one cell together, under the most severe colour.
 */
function cellMarks(workbook: ExcelJS.Workbook, marks: readonly Mark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const mark of marks) {
    const sheet = workbook.getWorksheet(mark.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(mark.cell);
    const address = cell.isMerged ? cell.master.address : cell.address;
    const key = `${sheet.name}\u0000${address}`;
    const existing = byCell.get(key);
    if (!existing) byCell.set(key, { sheet, address, severity: mark.severity, notes: [mark.note] });
    else {
      existing.notes.push(mark.note);
      if (SEVERITY_RANK[mark.severity] < SEVERITY_RANK[existing.severity]) existing.severity = mark.severity;
    }
  }
  return [...byCell.values()];
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** One conditional format per sheet and severity, over all its cells. */
function addHighlights(marks: CellMark[]): void {
  const groups = new Map<ExcelJS.Worksheet, Map<Severity, string[]>>();
  for (const mark of marks) {
    const bySeverity = groups.get(mark.sheet) ?? new Map<Severity, string[]>();
    groups.set(mark.sheet, bySeverity);
    bySeverity.set(mark.severity, [...(bySeverity.get(mark.severity) ?? []), mark.address]);
  }
  for (const [sheet, bySeverity] of groups) {
    for (const [severity, cells] of bySeverity) {
      sheet.addConditionalFormatting({
        ref: cells.join(' '),
        rules: [
          {
            type: 'expression',
            priority: 0, // replaced by ExcelJS with the next free priority, after the sheet's own formats
            formulae: [highlightFormula(severity).replace(/^=/, '')],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(HIGHLIGHT_COLORS[severity].fill) } },
              font: { color: { argb: argb(HIGHLIGHT_COLORS[severity].font) } },
            },
          },
        ],
      });
    }
  }
}

function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

const isOwnNote = (note: string | ExcelJS.Comment | undefined): boolean => noteText(note).startsWith(NOTE_MARKER);

/**
 * The marks of an earlier run (a copy annotated again, or a workbook the add-in marked and saved) are replaced, not
 * added to: the add-in's conditional formats go, and its notes are dropped where no finding writes a new one.
 */
function removeOwnMarks(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    // Loaded formats are on the sheet, though ExcelJS's typings only know how to add them.
    const formatted = sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
    formatted.conditionalFormattings = (formatted.conditionalFormattings ?? []).filter(
      (format) => !format.rules.some((rule) => 'formulae' in rule && (rule.formulae ?? []).some((f: unknown) => String(f).includes(`${HIGHLIGHT_MARKER}:`))),
    );
    // Empty rows and cells too: a note may sit on a cell that holds nothing else.
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // ExcelJS has no way to remove a note but to drop the cell's comment model.
        if (isOwnNote(cell.note)) delete (cell as unknown as { _comment?: unknown })._comment;
      }),
    );
  }
}

/** Puts back the original's notes ExcelJS dropped (those on cells it did not load). */
function restoreNotes(workbook: ExcelJS.Workbook, bytes: Uint8Array): void {
  for (const [sheetName, notes] of readOriginalNotes(bytes)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    for (const [address, text] of notes) {
      const cell = sheet.getCell(address);
      if (!cell.note) cell.note = text;
    }
  }
}


/** Writes the copy to `out` (through a temporary file beside it, so that a failure leaves no half-written file). */
export async function writeAnnotatedCopy(file: string, out: string, findings: ReviewedFinding[], locale: Locale): Promise<AnnotatedCopy> {
  const workbook = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
    // ExcelJS's typings declare a Buffer of their own; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new AnnotateError('cannot-open');
  }
  restoreNotes(workbook, bytes);
  removeOwnMarks(workbook);
  // Waived findings are listed in the report with their reasons, and not marked (as the add-in marks).
  const marks = cellMarks(workbook, marksFor(findings, locale));
  addHighlights(marks);
  let notes = 0;
  for (const mark of marks) {
    const cell = mark.sheet.getCell(mark.address);
    if (cell.note) continue;
    cell.note = mark.notes.join('\n');
    notes++;
  }
  const name = uniqueSheetName(locale === 'en-US' ? 'Review report' : '审核报告', workbook.worksheets.map((s) => s.name));
  addReportSheet(workbook, reportTable(findings, locale), name);

  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    let copy: Uint8Array = new Uint8Array(await workbook.xlsx.writeBuffer());
    // ExcelJS drops custom XML parts: the waivers stored in the original are put back, so that the copy opened in
    // Excel still shows its waived findings 已忽略.
    const waivers = readXlsxWaivers(bytes);
    if (waivers.length) copy = withCustomXmlPart(copy, waiversToXml(waivers));
    await fs.writeFile(temporary, copy);
    await fs.rename(temporary, out);
  } catch {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new AnnotateError('write-failed');
  }
  return { cells: marks.length, notes, keptNotes: marks.length - notes, reportSheet: name };
}
