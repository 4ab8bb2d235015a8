/**
 * A host-neutral description of a sheet to write: cells with values and semantic styles, merged areas, bordered
 * areas, column widths. Each host renders it its own way (ExcelJS for files, Office.js in Excel).
 */
import type { MergeArea } from '../grid';

export type CellStyle =
  | 'title' // large bold centred title
  | 'subtitle' // agency and unit line
  | 'label' // a field label (项目名称)
  | 'header' // indicator header (一级指标 ...)
  | 'text' // wrapped text
  | 'center' // short centred text (indicator value, level names)
  | 'heading' // a bold paragraph heading in prose
  | 'paragraph'; // a paragraph of prose

export interface CellSpec {
  /** 0-based row and column. */
  row: number;
  col: number;
  value: string | number | null;
  style: CellStyle;
  /** Excel number format ("0.00", "0%"); text cells are always written as text, never as formulas. */
  numberFormat?: string;
}

export interface SheetSpec {
  name: string;
  /** Column widths in Excel's character units, from column A. */
  columnWidths: number[];
  cells: CellSpec[];
  merges: MergeArea[];
  /** Areas that get thin borders on every cell. */
  bordered: MergeArea[];
  /** Row heights in points where the default does not fit. */
  rowHeights: Record<number, number>;
  /** Print on A4, fitted to the page width. */
  landscape?: boolean;
  /**
   * An Excel table (with filter buttons) whose header row is `top`: the host writes the header and the rows itself.
   * Text cells stay text, whatever they start with.
   */
  table?: { name: string; top: number; headers: string[]; rows: (string | number | null)[][] };
  /** Rows frozen at the top (the header stays in view). */
  frozenRows?: number;
}

/** Excel rejects these characters in sheet names and caps the length at 31. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').trim();
  return (cleaned === '' ? 'Sheet' : cleaned).slice(0, 31);
}

/** A name not yet used (case-insensitively, as Excel compares them): "审核报告", "审核报告 (2)", ... */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = safeSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Rough row height for wrapped text: CJK characters are about two width units each. */
export function wrappedRowHeight(text: string, widthChars: number, lineHeight = 15): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  const lines = Math.max(1, Math.ceil(units / Math.max(1, widthChars * 0.95)) + (text.match(/\n/g)?.length ?? 0));
  return Math.max(lineHeight + 3, lines * lineHeight + 3);
}
