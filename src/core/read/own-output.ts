/**
 * Sheets the add-in writes as its own output (the 审核报告 review report, the 指标汇总表, the 生成说明) are not the user's tables: read as tables,
 * their 项目名称 column would become projects with every field missing. A sheet is the add-in's when its first cell is
 * the report's title and the report's headings follow within a few rows, in either language.
 */
import type { SheetGrid } from '../grid';
import { OWN_OUTPUT_SIGNATURES } from '../vocabulary/own-sheets';
import { BLOCK_CLOSE, BLOCK_OPEN, isKnownPlaceholderName, PLACEHOLDER_TOKEN, placeholderParts } from '../vocabulary/placeholders';

function text(sheet: SheetGrid, row: number, col: number): string {
  const value = sheet.values[row]?.[col];
  return value === null || value === undefined ? '' : String(value).trim();
}

export function isOwnOutputSheet(sheet: SheetGrid): boolean {
  const title = text(sheet, 0, 0);
  const signature = OWN_OUTPUT_SIGNATURES.find((s) => s.title === title);
  if (!signature) return false;
  for (let row = 1; row < Math.min(sheet.values.length, 6); row++) {
    if (signature.headers.every((header, col) => text(sheet, row, col) === header)) return true;
  }
  return false;
}

/** Known placeholders that make a sheet a template even without an indicator block. */
const TEMPLATE_PLACEHOLDERS = 3;

/**
 * A user template for `generate --template` (docs/templates.md): its labels would read as a table whose every field
 * is a placeholder; it is the form, not a table. A sheet is one when it holds the indicator block's marker or several
 * known placeholders: a table filled in by hand from a template, with a placeholder or two left in it, is still read
 * (and the leftovers are then the checks' to point at).
 */
export function isUserTemplateSheet(sheet: SheetGrid): boolean {
  const seen = new Set<string>();
  for (const row of sheet.values) {
    for (const value of row) {
      if (typeof value !== 'string' || !value.includes('{{')) continue;
      for (const match of value.matchAll(PLACEHOLDER_TOKEN)) {
        const [name] = placeholderParts(match[1]);
        if (BLOCK_OPEN.has(name) || BLOCK_CLOSE.has(name)) return true;
        if (isKnownPlaceholderName(name)) seen.add(name);
        if (seen.size >= TEMPLATE_PLACEHOLDERS) return true;
      }
    }
  }
  return false;
}
