/**
 * The task pane's workbook, in Excel: Office.js behind the WorkbookHost interface. Every operation is one Excel.run
 * with a constant number of context.sync() round trips; optional APIs are feature-detected and degrade gracefully.
 */
import type { WorkbookGrid } from '../../core/grid';
import { toA1 } from '../../core/grid';
import { uniqueSheetName } from '../../core/generate/sheet-spec';
import type { ReportTable } from '../../core/review/report';
import { parseWaivers, type Waiver } from '../../core/review/waivers';
import type { Mark, MarkResult, ReadProgress, UndoEntry, WorkbookHost } from '../workbook-host';
import { quoteSheet } from './addresses';
import { detectFeatures, type ExcelEnvironment, type Features } from './environment';
import { applyMarks, clearMarks, HIGHLIGHT_COLORS } from './marks';
import { readWorkbookGrid } from './read-grid';

export const WAIVER_SETTING = 'ptcheck.waivers';

/** Text Excel would otherwise take for a formula or a number sign: written as text. */
function needsTextFormat(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

export class ExcelWorkbookHost implements WorkbookHost {
  readonly capabilities: Features;
  /** Changes the add-in makes itself are not the user's: they must not mark the results stale. */
  private ownWrites = 0;

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
      const target = this.capabilities.rangeAreas && cells.length > 1 ? worksheet.getRanges(cells.join(',')) : worksheet.getRange(cells[0]);
      target.select();
      await context.sync();
    });
  }

  mark(marks: Mark[]): Promise<MarkResult> {
    return this.own(() => this.env.run((context) => applyMarks(context, this.capabilities, marks)));
  }

  clearMarks(): Promise<void> {
    return this.own(() => this.env.run((context) => clearMarks(context, this.capabilities)));
  }

  async loadWaivers(): Promise<Waiver[]> {
    if (!this.capabilities.workbookSettings) return [];
    return this.env.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(WAIVER_SETTING);
      setting.load('value');
      await context.sync();
      return setting.isNullObject ? [] : parseWaivers(setting.value);
    });
  }

  async saveWaivers(waivers: Waiver[]): Promise<void> {
    if (!this.capabilities.workbookSettings) throw new Error('workbook settings are not available');
    await this.own(() =>
      this.env.run(async (context) => {
        context.workbook.settings.add(WAIVER_SETTING, JSON.stringify(waivers));
        await context.sync();
      }),
    );
  }

  writeCell(sheet: string, cell: string, text: string): Promise<UndoEntry> {
    return this.own(() =>
      this.env.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        range.load('formulas,numberFormat');
        await context.sync();
        const before = { formula: range.formulas[0][0] as string | number | boolean, numberFormat: String(range.numberFormat[0][0]) };
        if (needsTextFormat(text)) range.numberFormat = [['@']];
        range.values = [[text]];
        await context.sync();
        return { sheet, cell, before, after: text };
      }),
    );
  }

  undo(entry: UndoEntry): Promise<void> {
    return this.own(() =>
      this.env.run(async (context) => {
        const range = context.workbook.worksheets.getItem(entry.sheet).getRange(entry.cell);
        range.numberFormat = [[entry.before.numberFormat]];
        range.formulas = [[entry.before.formula]];
        await context.sync();
      }),
    );
  }

  addReportSheet(report: ReportTable, wantedName: string): Promise<string> {
    return this.own(() =>
      this.env.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        const name = uniqueSheetName(wantedName, worksheets.items.map((s) => s.name));
        const sheet = worksheets.add(name);
        const width = report.headers.length;
        const lastCol = width - 1;
        const headerRow = 3;
        const firstDataRow = headerRow + 1;
        const lastRow = headerRow + report.rows.length;

        const title = sheet.getRange(`A1:${toA1(1, 0)}`);
        title.numberFormat = [['@'], ['@']];
        title.values = [[report.title], [report.subtitle]];
        sheet.getRange('A1').format.font.bold = true;
        sheet.getRange('A1').format.font.size = 14;

        const body = sheet.getRange(`${toA1(headerRow, 0)}:${toA1(lastRow, lastCol)}`);
        // Every text is written as text (a message starting with "=" stays a message); the link column holds formulas.
        body.numberFormat = [report.headers.map(() => '@'), ...report.rows.map(() => report.headers.map((_, c) => (c === report.linkColumn ? 'General' : '@')))];
        body.values = [
          report.headers,
          ...report.rows.map((row) =>
            row.cells.map((text, c) =>
              c === report.linkColumn
                ? `=HYPERLINK("#${quoteSheet(row.link.sheet).replace(/"/g, '""')}!${row.link.cell}","${text.replace(/"/g, '""')}")`
                : text,
            ),
          ),
        ];
        const header = sheet.getRange(`${toA1(headerRow, 0)}:${toA1(headerRow, lastCol)}`);
        header.format.font.bold = true;
        header.format.fill.color = '#D9E1F2';
        report.columnWidths.forEach((chars, c) => {
          sheet.getRange(`${toA1(headerRow, c)}`).format.columnWidth = chars * 7;
        });
        if (report.rows.length) {
          const data = sheet.getRange(`${toA1(firstDataRow, 0)}:${toA1(lastRow, lastCol)}`);
          data.format.wrapText = true;
          data.format.verticalAlignment = 'Top';
          report.rows.forEach((row, i) => {
            const severityCell = sheet.getRange(toA1(firstDataRow + i, 5));
            severityCell.format.fill.color = HIGHLIGHT_COLORS[row.severity].fill;
            severityCell.format.font.color = HIGHLIGHT_COLORS[row.severity].font;
          });
        }
        if (this.capabilities.freezePanes) sheet.freezePanes.freezeRows(headerRow + 1);
        sheet.activate();
        await context.sync();
        return name;
      }),
    );
  }

  async onChange(callback: () => void): Promise<() => void> {
    if (!this.capabilities.changeEvents) return () => undefined;
    const handler = async (): Promise<void> => {
      if (this.ownWrites === 0) callback();
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
      // A handler is removed through the context it was added with.
      for (const result of results) result.remove();
      if (results.length) void results[0].context.sync().catch(() => undefined);
    };
  }

  /** Runs one of the add-in's own writes; change events it causes are ignored (they arrive just after). */
  private async own<T>(write: () => Promise<T>): Promise<T> {
    this.ownWrites++;
    try {
      return await write();
    } finally {
      setTimeout(() => {
        this.ownWrites--;
      }, 500);
    }
  }
}

export type { Features };
