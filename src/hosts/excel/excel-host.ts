/**
 * The task pane's workbook, in Excel: Office.js behind the WorkbookHost interface. Every operation is one Excel.run
 * with a constant number of context.sync() round trips; optional APIs are feature-detected and degrade gracefully.
 */
import type { CellValue, WorkbookGrid } from '../../core/grid';
import { sameCellValue, toA1 } from '../../core/grid';
import { uniqueSheetName } from '../../core/generate/sheet-spec';
import type { ReportTable } from '../../core/review/report';
import { parseWaivers, type Waiver } from '../../core/review/waivers';
import { mergeStoredWaivers, WAIVER_NAMESPACE, WAIVER_SETTING, waiversFromXml, waiversToXml } from '../../core/review/waiver-store';
import { CellChangedError, type Mark, type MarkResult, type ReadProgress, type UndoEntry, type WorkbookHost } from '../workbook-host';
import { addressLists, quoteSheet } from './addresses';
import { chunksBySize } from './request-size';
import type { Severity } from '../../core/check/types';
import { detectFeatures, type ExcelEnvironment, type Features } from './environment';
import { applyMarks, clearMarks, HIGHLIGHT_COLORS } from './marks';
import { readWorkbookGrid } from './read-grid';
import { POINTS_PER_CHARACTER, writeSheetSpecs } from './write-sheets';
import type { SheetSpec } from '../../core/generate/sheet-spec';
import type { RenderedSheet, TemplateSheet } from '../../core/generate/user-template';

export { WAIVER_SETTING } from '../../core/review/waiver-store';
/** How long the add-in waits for the change event of its own write before forgetting it. */
const OWN_CHANGE_WINDOW_MS = 5000;

/**
 * Text Excel (or a program reading the file later) could take for a formula or a sign, also behind spaces, tabs or
 * line breaks and in full-width forms: the product rule is to write it as text.
 */
export function startsLikeFormula(text: string): boolean {
  return /^[\s\u0000-\u001f\u3000]*[=+\-@＝＋－＠]/.test(text);
}

/** Text Excel would turn into something else when written back: formulas, numbers, percentages, dates, booleans. */
function wouldNotStayText(text: string): boolean {
  return (
    startsLikeFormula(text) ||
    text.startsWith("'") ||
    /^\s*[+-]?(\d[\d,]*(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*%?\s*$/i.test(text) ||
    /^\s*\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4}日?)?\s*$/.test(text) ||
    /^\s*(true|false)\s*$/i.test(text)
  );
}

/**
 * What to write so that the cell ends up holding exactly `text` as text: with Excel's quote prefix (a leading
 * apostrophe, which is not part of the value) when it is needed, whatever the cell's number format (the API makes
 * no exception for text-formatted cells).
 */
function asLiteralText(text: string, needsPrefix: (text: string) => boolean): string {
  return needsPrefix(text) ? `'${text}` : text;
}

export class ExcelWorkbookHost implements WorkbookHost {
  readonly capabilities: Features;
  /**
   * Changes the add-in makes itself are not the user's and must not mark the results stale. Each is remembered by
   * worksheet id and address ("*" for a whole new sheet) until its change event arrives, or for a few seconds.
   */
  private readonly ownChanges = new Map<string, number>();

  constructor(private readonly env: ExcelEnvironment) {
    this.capabilities = detectFeatures(env.supports);
  }

  readGrid(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid> {
    return this.env.run((context) => readWorkbookGrid(context, this.capabilities, onProgress));
  }

  select(sheet: string, cells: string[]): Promise<void> {
    return this.env.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      // RangeAreas.select needs ExcelApi 1.18; before that the first cell is selected (the pane lists the others).
      const target = this.capabilities.selectAreas && cells.length > 1 ? worksheet.getRanges(cells.join(',')) : worksheet.getRange(cells[0]);
      target.select();
      await context.sync();
    });
  }

  mark(marks: Mark[]): Promise<MarkResult> {
    return this.env.run((context) => applyMarks(context, this.capabilities, marks));
  }

  clearMarks(): Promise<void> {
    return this.env.run((context) => clearMarks(context, this.capabilities));
  }

  /** Two round trips: the parts and the old setting, then the parts' XML. */
  async loadWaivers(): Promise<Waiver[]> {
    if (!this.capabilities.workbookSettings) return [];
    return this.env.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(WAIVER_SETTING);
      setting.load('value');
      const parts = this.capabilities.customXmlParts ? context.workbook.customXmlParts.getByNamespace(WAIVER_NAMESPACE) : null;
      parts?.load('items');
      await context.sync();
      const fromSetting = setting.isNullObject ? [] : parseWaivers(setting.value);
      if (!parts || parts.items.length === 0) return fromSetting;
      const xml = parts.items.map((part) => part.getXml());
      await context.sync();
      return mergeStoredWaivers(
        xml.map((result) => waiversFromXml(result.value)),
        fromSetting,
      );
    });
  }

  /** Into the custom XML part (replacing it), the old setting emptied; into the setting where parts are missing. */
  async saveWaivers(waivers: Waiver[]): Promise<void> {
    if (!this.capabilities.workbookSettings) throw new Error('workbook settings are not available');
    await this.env.run(async (context) => {
      if (!this.capabilities.customXmlParts) {
        context.workbook.settings.add(WAIVER_SETTING, JSON.stringify(waivers));
        await context.sync();
        return;
      }
      const parts = context.workbook.customXmlParts.getByNamespace(WAIVER_NAMESPACE);
      parts.load('items');
      const setting = context.workbook.settings.getItemOrNullObject(WAIVER_SETTING);
      setting.load('value');
      await context.sync();
      for (const part of parts.items) part.delete();
      context.workbook.customXmlParts.add(waiversToXml(waivers));
      if (!setting.isNullObject) setting.delete();
      await context.sync();
    });
  }

  writeCell(sheet: string, cell: string, text: string, expected?: CellValue): Promise<UndoEntry> {
    return this.env.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.load('id');
      const range = worksheet.getRange(cell);
      range.load('values,formulas,numberFormat');
      await context.sync();
      // The user may have edited the cell since the check: the suggestion was computed from what was there then.
      if (expected !== undefined && !sameCellValue(range.values[0][0] as CellValue, expected)) {
        throw new CellChangedError(cell, range.values[0][0] as CellValue);
      }
      const formula = range.formulas[0][0] as string | number | boolean;
      const numberFormat = String(range.numberFormat[0][0]);
      // Literal text reads back the same through values and formulas; a formula's value differs from its text.
      const wasText = typeof formula === 'string' && formula !== '' && range.values[0][0] === formula;
      // Exactly the suggested text: never a formula, and not a number, date or boolean Excel would make of it either.
      range.values = [[asLiteralText(text, wouldNotStayText)]];
      this.expectOwnChange(worksheet.id, cell);
      await context.sync();
      return { sheet, cell, before: { formula, numberFormat, ...(wasText ? { text: true } : {}) }, after: text };
    });
  }

  undo(entry: UndoEntry): Promise<void> {
    return this.env.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(entry.sheet);
      worksheet.load('id');
      await context.sync();
      const range = worksheet.getRange(entry.cell);
      const { formula, numberFormat, text } = entry.before;
      range.numberFormat = [[numberFormat]];
      range.formulas = [[text && typeof formula === 'string' ? asLiteralText(formula, wouldNotStayText) : formula]];
      this.expectOwnChange(worksheet.id, entry.cell);
      await context.sync();
    });
  }

  addReportSheet(report: ReportTable, wantedName: string): Promise<string> {
    return this.env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      const name = uniqueSheetName(wantedName, worksheets.items.map((s) => s.name));
      const sheet = worksheets.add(name);
      sheet.load('id');
      await context.sync();
      // Known before the content is written, so that the change events of the new sheet are not taken for the user's.
      this.expectOwnChange(sheet.id, '*');
      await writeReport(context, sheet, report, this.capabilities);
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  /** Generated sheets, each under a free name after the existing ones; returns the names used. */
  addSheets(specs: SheetSpec[]): Promise<string[]> {
    return this.env.run((context) =>
      writeSheetSpecs(context, specs, this.capabilities, (text) => asLiteralText(text, wouldNotStayText), (id) => this.expectOwnChange(id, '*')),
    );
  }

  async readTemplateSheet(sheet: string): Promise<TemplateSheet> {
    this.requireTemplateSheets();
    const { readTemplateSheet } = await import('./template-sheets');
    return this.env.run(async (context) => (await readTemplateSheet(context, sheet, this.capabilities)).sheet);
  }

  /** The template's number formats are read again here: the plan names source cells, not their formats. */
  async addTemplateSheets(templateSheet: string, sheets: RenderedSheet[]): Promise<string[]> {
    this.requireTemplateSheets();
    // Its own chunk, loaded when a template sheet is used: the task pane's bundle has a size budget.
    const { readTemplateSheet, writeTemplateSheets } = await import('./template-sheets');
    return this.env.run(async (context) => {
      const { formats } = await readTemplateSheet(context, templateSheet, this.capabilities);
      return writeTemplateSheets(context, templateSheet, sheets, formats, (text) => asLiteralText(text, wouldNotStayText), (id) => this.expectOwnChange(id, '*'));
    });
  }

  private requireTemplateSheets(): void {
    if (!this.capabilities.templateSheets) {
      throw new Error('用工作表作模板需要 ExcelApi 1.9（Excel 2021 及以后版本、Microsoft 365 或网页版） / template sheets need ExcelApi 1.9 (Range.copyFrom)');
    }
  }

  sheetNames(): Promise<string[]> {
    return this.env.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load('items/name');
      await context.sync();
      return worksheets.items.map((s) => s.name);
    });
  }

  async onChange(callback: () => void): Promise<() => void> {
    if (!this.capabilities.changeEvents) return () => undefined;
    const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (!this.isOwnChange(event.worksheetId, event.address)) callback();
    };
    const results = await this.env.run(async (context) => {
      const registered: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
      if (this.capabilities.workbookChangeEvent) {
        registered.push(context.workbook.worksheets.onChanged.add(handler));
      } else {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        for (const sheet of worksheets.items) registered.push(sheet.onChanged.add(handler));
      }
      await context.sync();
      return registered;
    });
    return () => {
      if (!results.length) return;
      // A handler is removed through the request context it was added with, in a batch of its own.
      void this.env
        .runWith(results[0].context as Excel.RequestContext, async (context) => {
          for (const result of results) result.remove();
          await context.sync();
        })
        .catch(() => undefined);
    };
  }

  private expectOwnChange(worksheetId: string, address: string): void {
    this.ownChanges.set(`${worksheetId}|${address.toUpperCase()}`, Date.now() + OWN_CHANGE_WINDOW_MS);
  }

  /** True (once) for the change event of one of the add-in's own writes. */
  private isOwnChange(worksheetId: string, address: string): boolean {
    const now = Date.now();
    for (const [key, expires] of this.ownChanges) if (expires < now) this.ownChanges.delete(key);
    const exact = `${worksheetId}|${address.replace(/\$/g, '').toUpperCase()}`;
    if (this.ownChanges.delete(exact)) return true;
    return this.ownChanges.has(`${worksheetId}|*`);
  }
}

/**
 * The report: title, header row, one row per finding. The rows go in round trips under the request size limit (one
 * for an ordinary report); formats are set per block of cells, never cell by cell (thousands of single-cell writes
 * hang desktop Excel).
 */
async function writeReport(context: Excel.RequestContext, sheet: Excel.Worksheet, report: ReportTable, capabilities: Features): Promise<void> {
  const width = report.headers.length;
  const lastCol = width - 1;
  const headerRow = 3;
  const firstDataRow = headerRow + 1;
  const lastRow = headerRow + report.rows.length;
  const text = (value: string): string => asLiteralText(value, startsLikeFormula);

  const title = sheet.getRange(`A1:${toA1(1, 0)}`);
  title.values = [[text(report.title)], [text(report.subtitle)]];
  sheet.getRange('A1').format.font.bold = true;
  sheet.getRange('A1').format.font.size = 14;

  sheet.getRange(`${toA1(headerRow, 0)}:${toA1(headerRow, lastCol)}`).values = [report.headers.map(text)];
  const rowValues = report.rows.map((row) =>
    row.cells.map((value, c) =>
      c === report.linkColumn
        ? `=HYPERLINK("#${quoteSheet(row.link.sheet).replace(/"/g, '""')}!${row.link.cell}","${value.replace(/"/g, '""')}")`
        : // Counts become numbers; codes stay exactly as the table had them ("0012" keeps its zeros).
          asLiteralText(value, (v) => wouldNotStayText(v) && !/^[1-9]\d{0,14}$/.test(v)),
    ),
  );
  let next = firstDataRow;
  for (const block of chunksBySize(rowValues, (cells) => cells.reduce((n, v) => n + v.length + 4, 0))) {
    sheet.getRange(`${toA1(next, 0)}:${toA1(next + block.length - 1, lastCol)}`).values = block;
    next += block.length;
    await context.sync();
  }

  const header = sheet.getRange(`${toA1(headerRow, 0)}:${toA1(headerRow, lastCol)}`);
  header.format.font.bold = true;
  header.format.fill.color = '#D9E1F2';
  report.columnWidths.forEach((chars, c) => {
    sheet.getRange(`${toA1(headerRow, c)}`).format.columnWidth = chars * POINTS_PER_CHARACTER;
  });
  if (report.rows.length) {
    const data = sheet.getRange(`${toA1(firstDataRow, 0)}:${toA1(lastRow, lastCol)}`);
    data.format.wrapText = true;
    data.format.verticalAlignment = 'Top';
    colourSeverityCells(sheet, report, firstDataRow, capabilities);
  }
  if (capabilities.freezePanes) sheet.freezePanes.freezeRows(headerRow + 1);
}

/** The severity column in its colours: runs of rows of one severity as one range each (or one range list, 1.9). */
function colourSeverityCells(sheet: Excel.Worksheet, report: ReportTable, firstDataRow: number, capabilities: Features): void {
  const SEVERITY_COL = 5;
  const runs = new Map<Severity, string[]>();
  let start = 0;
  report.rows.forEach((row, i) => {
    const next = report.rows[i + 1];
    if (next && next.severity === row.severity) return;
    const address = `${toA1(firstDataRow + start, SEVERITY_COL)}:${toA1(firstDataRow + i, SEVERITY_COL)}`;
    runs.set(row.severity, [...(runs.get(row.severity) ?? []), address]);
    start = i + 1;
  });
  for (const [severity, addresses] of runs) {
    const ranges = capabilities.rangeAreas ? addressLists(addresses).map((list) => sheet.getRanges(list)) : addresses.map((a) => sheet.getRange(a));
    for (const range of ranges) {
      range.format.fill.color = HIGHLIGHT_COLORS[severity].fill;
      range.format.font.color = HIGHLIGHT_COLORS[severity].font;
    }
  }
}
