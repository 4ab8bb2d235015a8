/** Helpers shared by the transformations. */
import type { WorkbookGrid } from '../../../src/core/grid';
import { squeeze, matchingForm } from '../../../src/core/normalize/text';
import { denseWorkbook, gridOf, type Dense } from './grid-ops';
import { identity, type Applied, type CellMapper, type TableLayout } from './types';

/** A label as compared: half-width, no spaces. */
export function key(text: string): string {
  return squeeze(matchingForm(text));
}

/**
 * Runs `edit` on each sheet that holds truth tables (dense copies); the tables it reports changed are the ones
 * compared. Null when it changed none.
 */
export function editSheets(
  workbook: WorkbookGrid,
  layouts: TableLayout[],
  edit: (sheet: Dense, tables: TableLayout[]) => number[],
  copies: CellMapper[] = [identity],
): Applied | null {
  const sheets = denseWorkbook(workbook);
  const changed: number[] = [];
  for (const sheet of sheets) {
    const tables = layouts.filter((t) => t.sheet === sheet.name);
    if (tables.length) changed.push(...edit(sheet, tables));
  }
  return changed.length ? { workbook: gridOf(sheets), copies, tables: [...new Set(changed)].sort((a, b) => a - b) } : null;
}

/** Per-sheet column shifts as one mapper: `shift(sheet, col)` gives the new column. */
export function columnMapper(shift: (sheet: string, col: number) => number): CellMapper {
  return (cell) => ({ ...cell, col: shift(cell.sheet, cell.col) });
}

/** Tables under one header (a flat export's projects) as one group: edited once, counted for each. */
export interface HeaderGroup {
  lead: TableLayout;
  tables: TableLayout[];
  /** Rows of the group's grid: its header to its last indicator. */
  first: number;
  last: number;
}

export function headerGroups(tables: TableLayout[]): HeaderGroup[] {
  const groups = new Map<string, TableLayout[]>();
  for (const t of tables) {
    const k = t.header.length ? `header ${t.header.join(',')}` : `table ${t.index}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return [...groups.values()].map((ts) => ({
    lead: ts[0],
    tables: ts,
    first: Math.min(...ts.map((t) => (t.header.length ? t.header[0] : t.body.first))),
    last: Math.max(...ts.map((t) => t.body.last)),
  }));
}
