/** Loading a corpus entry's workbook: a .table file beside its truth file, or a real workbook in ../shared. */
import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/core/grid';
import { readXlsx } from '../../src/hosts/file/xlsx/read-xlsx';
import { parseTableFile } from './table-format';

/** The folder beside the repository that holds the shared material (not copied into the repository). */
export function sharedFolder(repo: string): string {
  return path.resolve(repo, '..', 'shared');
}

export type LoadedInput = { workbook: WorkbookGrid; path: string } | { missing: string };

export function loadInput(truthFile: string, input: string, repo: string): LoadedInput {
  if (input.startsWith('shared:')) {
    const file = path.join(sharedFolder(repo), input.slice('shared:'.length));
    if (!fs.existsSync(file)) return { missing: file };
    return { workbook: readXlsx(fs.readFileSync(file)), path: file };
  }
  const file = path.join(path.dirname(truthFile), input);
  return { workbook: parseTableFile(fs.readFileSync(file, 'utf8')).workbook, path: file };
}
