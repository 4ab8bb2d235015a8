/**
 * One new, empty-to-fill standard table from the indicator library, as a sheet of its own: named after the project,
 * never after a sheet already taken. The library leaves "**" where the unit must set a value; those are counted so
 * that whoever asked can say how many remain.
 */
import { newTableContent, type NewTableFacts, type ProjectKind } from './indicator-library';
import { uniqueSheetName, type SheetSpec } from './sheet-spec';
import { layoutTable, TABLE_COLUMN_WIDTHS } from './standard-table';
import { STANDARD_LAYOUT, tableSheet } from './templates';

/** What the library leaves for the unit to set. */
export const TO_FILL = '**';

export interface NewTableSheet {
  sheet: SheetSpec;
  /** Indicator values still holding "**". */
  toFill: number;
  indicators: number;
}

export function newTableSheet(kind: ProjectKind, facts: NewTableFacts, existingSheets: readonly string[]): NewTableSheet {
  const content = newTableContent(kind, facts);
  const name = uniqueSheetName(facts.name.trim() || kind.name['zh-CN'], existingSheets);
  const fragment = layoutTable(content, 0, STANDARD_LAYOUT);
  return {
    sheet: tableSheet(name, [fragment], TABLE_COLUMN_WIDTHS),
    toFill: content.indicators.filter((i) => String(i.value).includes(TO_FILL)).length,
    indicators: content.indicators.length,
  };
}
