/**
 * The sheets of a workbook holding a placeholder ({{…}}): each can be the template of 生成 (the reader leaves them out
 * of the model). Its own small module: the pane finds them at every check, and must not load generation to do so.
 */
import type { WorkbookGrid } from '../grid';
import { holdsPlaceholder } from '../vocabulary/placeholders';

/** The sheets of a read workbook that hold a placeholder, in tab order. */
export function placeholderSheets(grid: WorkbookGrid): string[] {
  return grid.sheets.filter((s) => s.values.some((row) => row.some((v) => typeof v === 'string' && holdsPlaceholder(v)))).map((s) => s.name);
}
