/**
 * The host-neutral shapes of a user template: the sheet a host describes (cells, merges, widths, heights, an opaque
 * style key per cell) and the render plan the core returns (output cells, each naming the template cell it takes its
 * style from). A host reads the template its own way (ExcelJS for a file, Office.js for a sheet of the open
 * workbook) and writes the plan back copying each source cell's style; the core never sees a style itself.
 */
import type { MergeArea } from '../../grid';
import type { Messages } from '../../i18n/messages';

export type TemplateValue = string | number | boolean | null;

export interface TemplateCell {
  /** 0-based row and column on the template sheet. */
  row: number;
  col: number;
  /** The cell's value (a formula cell: its result). Blank cells that carry a style (borders) belong here too. */
  value: TemplateValue;
  /** Whatever the host uses to find the cell's style again (the A1 address, a style id …); passed through as is. */
  style?: string;
}

export interface TemplateSheet {
  name: string;
  cells: TemplateCell[];
  merges: MergeArea[];
  /** Column widths in Excel's character units from column A; null where the sheet keeps the default. */
  columnWidths: (number | null)[];
  /** Row heights in points by 0-based row, where the template sets them. */
  rowHeights: Record<number, number>;
}

export interface RenderedCell {
  row: number;
  col: number;
  value: TemplateValue;
  /** The template cell this one comes from: the host copies its style (font, fill, borders, format, alignment). */
  source: { row: number; col: number };
  style?: string;
  /** The number format the value needs where the source cell's own format is General (plan shares: "0%"). */
  numberFormat?: string;
  /**
   * The value is text Excel would turn into something else if typed in (a formula, a number, a date): a host that
   * writes through typed input (Office.js `values`) must write it as literal text. Never a formula.
   */
  literalText?: boolean;
  /** The template cell's own value, unchanged (no placeholder): a host may copy its native value (rich text …). */
  unchanged?: boolean;
}

export interface RenderedSheet {
  name: string;
  cells: RenderedCell[];
  merges: MergeArea[];
  columnWidths: (number | null)[];
  rowHeights: Record<number, number>;
  /** The projects on this sheet (code, else name, else source sheet), in order. */
  projects: string[];
}

export type TemplateProblemCode =
  | 'empty-sheet'
  | 'no-placeholder'
  | 'unknown-placeholder'
  | 'broken-placeholder'
  | 'indicator-outside-block'
  | 'marker-not-alone'
  | 'nested-block'
  | 'unclosed-block'
  | 'unopened-block'
  | 'empty-block'
  | 'merge-crosses-block'
  | 'bad-merge-option';

/** Something wrong with the template, with the cell it is in (A1, on the template sheet) and what to do. */
export interface TemplateProblem {
  code: TemplateProblemCode;
  cell?: string;
  message: Messages;
}

export type UserTemplateResult = { ok: true; sheets: RenderedSheet[] } | { ok: false; problems: TemplateProblem[] };
