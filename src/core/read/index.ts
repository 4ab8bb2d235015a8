/**
 * The reader: every performance target table in every sheet of a workbook, into one Model.
 */
import type { WorkbookGrid } from '../grid';
import type { Model } from '../model';
import { SheetView } from './sheet-view';
import { readSheet } from './sheet';
import { columnBands } from './column-bands';
import { note } from './notes';
import { isOwnOutputSheet, isUserTemplateSheet } from './own-output';
import { isLibrarySheet } from './library-sheet';
import { finish } from '../steps';
import { uncalculatedFormulaNotes } from './uncalculated';
import { placeSheet } from './placement';

/** The most frequent of the years written in titles and names; null when none is written. */
function dominantYear(years: (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const year of years) if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

/** How far a stepwise reading has got: sheets read out of all. */
export interface ReadStep {
  sheets: number;
  done: number;
}

/**
 * The reading as steps, one per sheet, for a caller that must keep a page responsive between them (the task pane
 * on a big workbook); the generator's return value is the Model. readWorkbook runs the same steps in one go.
 */
/** What a caller may ask of the reader beyond the model. */
export interface ReadOptions {
  /** Keep each grid's column roles with their evidence (ptcheck extract --explain): costs a look at every grid cell. */
  explain?: boolean;
}

export function* readWorkbookSteps(grid: WorkbookGrid, options: ReadOptions = {}): Generator<ReadStep, Model, void> {
  const model: Model = { sheets: grid.sheets.map((s) => s.name), projects: [], departments: [], notes: [], placement: [], unreadBlocks: [] };
  let done = 0;
  for (const sheet of grid.sheets) {
    done++;
    if (isOwnOutputSheet(sheet)) {
      model.notes.push(note('own-output', sheet.name, undefined, ''));
    } else if (isUserTemplateSheet(sheet)) {
      model.notes.push(note('template-sheet', sheet.name, undefined, ''));
    } else if (isLibrarySheet(sheet)) {
      model.notes.push(note('library-sheet', sheet.name, undefined, ''));
    } else {
      const noted = new Set<string>();
      // Tables side by side are read band by band; a sheet of one table (most) is one band.
      for (const band of columnBands(sheet)) {
        const view = new SheetView(band);
        const reading = readSheet(view, options);
        // Every cell of every table placed, in reading order (by first row), and what no table read.
        const tables = [...reading.projects, ...reading.departments].sort((a, b) => a.rows.first - b.rows.first);
        const placed = placeSheet(view, tables, reading.headers);
        model.placement!.push(...placed.placement);
        model.unreadBlocks!.push(...placed.unread);
        model.projects.push(...reading.projects);
        model.departments.push(...reading.departments);
        model.notes.push(...reading.notes);
        for (const n of reading.notes) if (n.code === 'formula-without-value' && n.cell) noted.add(n.cell);
      }
      model.notes.push(...uncalculatedFormulaNotes(sheet, noted));
    }
    yield { sheets: grid.sheets.length, done };
  }
  // Carried-over funds ("唐财建【2023】41号调整2022年…") do not say the budget year: they share the workbook's.
  const year = dominantYear([...model.projects.map((p) => p.year), ...model.departments.map((d) => d.year)]);
  for (const project of model.projects) if (project.year === null) project.year = year;
  for (const department of model.departments) if (department.year === null) department.year = year;
  if (model.projects.length === 0 && model.departments.length === 0) {
    model.notes.push(note('no-tables', grid.sheets[0]?.name ?? '', undefined, ''));
  }
  return model;
}

export function readWorkbook(grid: WorkbookGrid, options: ReadOptions = {}): Model {
  return finish(readWorkbookSteps(grid, options));
}

export { SheetView };
