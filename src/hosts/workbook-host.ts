/**
 * What the task pane needs from a workbook, whichever host holds it: Excel through Office.js, or the in-memory
 * workbook of the preview page. The pane never touches Office.js directly.
 */
import type { CellValue, WorkbookGrid } from '../core/grid';
import type { Waiver } from '../core/review/waivers';
import type { Mark } from '../core/workflow/marks';
import type { ReportTable } from '../core/review/report';
import type { SheetSpec } from '../core/generate/sheet-spec';
import type { RenderedSheet, TemplateSheet } from '../core/generate/user-template';

export interface Capabilities {
  /** Highlights need conditional formats (ExcelApi 1.6). */
  highlights: boolean;
  /** Notes (ExcelApi 1.18) or threaded comments (ExcelApi 1.10) on flagged cells. */
  annotations: 'notes' | 'comments' | null;
  /** Merged areas can be read (ExcelApi 1.13); otherwise the reader forward-fills. */
  mergedAreas: boolean;
  /** Change events, to mark results stale (ExcelApi 1.7). */
  changeEvents: boolean;
  /** Waivers stored in the workbook's settings (ExcelApi 1.4). */
  workbookSettings: boolean;
  /** Generated sheets can be written: merged cells, column widths and row heights (ExcelApi 1.2). */
  sheetWriting: boolean;
  /** A sheet of the workbook can be a user template: its formats are copied with Range.copyFrom (ExcelApi 1.9). */
  templateSheets: boolean;
}

export interface ReadProgress {
  phase: 'sheets' | 'cells';
  done: number;
  total: number;
}

/** A cell to flag: where, how bad, and what to say in its note (the workflow's marks). */
export type { Mark } from '../core/workflow/marks';

export interface MarkResult {
  cells: number;
  annotated: number;
  /** Cells that kept the user's own note or comment instead of ours. */
  skippedAnnotations: number;
  /**
   * Sheets Excel would not let the add-in mark: their cells are listed in the pane only. A sheet is marked whole or not
   * at all (highlights taken back where its notes were refused).
   */
  unmarkedSheets: string[];
  /** Those of them that are protected (the user can lift that); Excel refused the others for another reason. */
  protectedSheets: string[];
}

/** What 撤销 needs to put a cell back as it was before a suggestion was applied. */
export interface UndoEntry {
  sheet: string;
  cell: string;
  /**
   * The cell before the change: its formula, or its constant (`text` when it was literal text, which must be
   * written back as text), and its number format.
   */
  before: { formula: string | number | boolean; numberFormat: string; text?: boolean };
  after: string;
}

/** A suggestion was not written: its cell no longer holds what the check read there. */
export class CellChangedError extends Error {
  constructor(
    readonly cell: string,
    readonly current: CellValue,
  ) {
    super(`${cell} changed since the check`);
    this.name = 'CellChangedError';
  }
}

export interface WorkbookHost {
  readonly capabilities: Capabilities;
  readGrid(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid>;
  /** Activates the sheet and selects the cells. */
  select(sheet: string, cells: string[]): Promise<void>;
  /** Replaces the add-in's highlights (and notes) with these; the user's own formats are never touched. */
  mark(marks: Mark[]): Promise<MarkResult>;
  /** Removes every highlight and note the add-in made, leaving the workbook as the user had it. */
  clearMarks(): Promise<void>;
  loadWaivers(): Promise<Waiver[]>;
  saveWaivers(waivers: Waiver[]): Promise<void>;
  /**
   * Writes a suggestion into a cell (as text), returning what is needed to undo it. With `expected` (the value the
   * finding was computed from), nothing is written and CellChangedError is thrown when the cell holds something else.
   */
  writeCell(sheet: string, cell: string, text: string, expected?: CellValue): Promise<UndoEntry>;
  undo(entry: UndoEntry): Promise<void>;
  /** Writes the report into a new sheet (never over an existing one) and returns its name. */
  addReportSheet(report: ReportTable, wantedName: string): Promise<string>;
  /** Writes generated sheets as new sheets (never over existing ones), activates the first, returns their names. */
  addSheets(specs: SheetSpec[]): Promise<string[]>;
  /** A sheet of the workbook described as a user template (values, merges, widths, heights; styles by address). */
  readTemplateSheet(sheet: string): Promise<TemplateSheet>;
  /**
   * Writes a user template's render plan as new sheets (never over existing ones), each cell taking the formats of its
   * source cell on the template sheet; activates the first and returns their names.
   */
  addTemplateSheets(templateSheet: string, sheets: RenderedSheet[]): Promise<string[]>;
  /** The names of the workbook's sheets, in tab order (one round trip). */
  sheetNames(): Promise<string[]>;
  /** Calls back when the user changes the workbook; returns an unsubscribe function. */
  onChange(callback: () => void): Promise<() => void>;
}
