/** ExcelJS cell values (rich text, formulas, errors, hyperlinks, dates) as the Grid's plain values. */
import type { CellValue } from '../../core/grid';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

type RichText = { richText: { text?: string }[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Excel's serial day number for a date, as Excel itself stores it. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (!isRecord(value)) return String(value);
  if (Array.isArray((value as RichText).richText)) return (value as RichText).richText.map((r) => r.text ?? '').join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula never calculated (written by a tool, not by Excel) has no cached result.
    return 'result' in value ? toCellValue(value.result) : null;
  }
  if ('text' in value) return toCellValue(value.text);
  return null;
}
