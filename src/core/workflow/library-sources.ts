/**
 * Where the kinds of project offered by 新建绩效目标表 come from: the built-in library, the library sheets of the open
 * workbook, and JSON files the user loads. Each source's kinds get ids of their own, so that two departments' kinds of
 * the same name never stand for each other.
 */
import type { WorkbookGrid } from '../grid';
import { libraryFromJson, libraryFromSheet, type LibraryProblem } from '../generate/department-library';
import { isLibrarySheet } from '../read/library-sheet';
import type { ProjectKind } from '../generate/indicator-library';

export interface LibrarySource {
  /** What the pane calls the source (本工作簿：指标库, 文件：lib.json). */
  label: string;
  kinds: ProjectKind[];
  problems: LibraryProblem[];
}

function withIds(source: string, kinds: ProjectKind[]): ProjectKind[] {
  return kinds.map((kind) => ({ ...kind, id: `${source}#${kind.id}` }));
}

/** The libraries kept on sheets of the workbook, one source per sheet. */
export function workbookLibraries(grid: WorkbookGrid, label: (sheet: string) => string): LibrarySource[] {
  return grid.sheets.filter(isLibrarySheet).map((sheet) => {
    const loaded = libraryFromSheet(sheet);
    return { label: label(sheet.name), kinds: withIds(`sheet:${sheet.name}`, loaded.kinds), problems: loaded.problems };
  });
}

/** A library from a JSON file's text; `serial` keeps two loads of files with the same name apart. */
export function fileLibrary(text: string, fileName: string, label: string, serial: number): LibrarySource {
  const loaded = libraryFromJson(text, fileName);
  return { label, kinds: withIds(`file${serial}:${fileName}`, loaded.kinds), problems: loaded.problems };
}
