/**
 * Formula cells whose file kept no result (UNCALCULATED_FORMULA): said as reader notes, one per cell for the first
 * few of a sheet and one more for the rest, so that a workbook written by a program that never calculates gets a
 * clear account instead of a page of notes.
 */
import type { SheetGrid } from '../grid';
import { toA1, UNCALCULATED_FORMULA } from '../grid';
import type { ReaderNote } from '../model';
import { note } from './notes';

const NOTED_ONE_BY_ONE = 20;

/** Notes for the sheet's uncalculated formulas, except the cells `alreadyNoted` holds. */
export function uncalculatedFormulaNotes(sheet: SheetGrid, alreadyNoted: ReadonlySet<string>): ReaderNote[] {
  const notes: ReaderNote[] = [];
  let more = 0;
  let firstOfTheRest: string | null = null;
  sheet.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== UNCALCULATED_FORMULA) continue;
      const cell = toA1(sheet.top + r, sheet.left + c);
      if (alreadyNoted.has(cell)) continue;
      if (notes.length < NOTED_ONE_BY_ONE) notes.push(note('formula-without-value', sheet.name, cell, ''));
      else {
        firstOfTheRest ??= cell;
        more++;
      }
    }
  });
  if (firstOfTheRest) notes.push(note('formula-without-value', sheet.name, firstOfTheRest, String(more)));
  return notes;
}
