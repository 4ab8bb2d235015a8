/**
 * The corpus tables written as real .xlsx files (ExcelJS) and read back through the file host give the same reading
 * as their grids: merged cells, number formats and text survive the trip the command line takes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTableFile } from '../../scripts/realworld/table-format';
import { sheetSpecsOf } from '../../scripts/realworld/sheet-specs';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { readXlsx } from '../../src/hosts/file/xlsx/read-xlsx';
import { readWorkbook } from '../../src/core/read';
import type { Model } from '../../src/core/model';

const DIR = __dirname;
const TABLES = fs.readdirSync(DIR).filter((f) => f.endsWith('.table'));

function summary(model: Model): string[] {
  return [...model.projects, ...model.departments].flatMap((t) => [
    `${t.sheet} ${t.name} ${'budget' in t ? t.budget : ''}`,
    ...t.indicators.map((i) => `${i.cells.value} ${i.level1}/${i.level2}/${i.level3} = ${i.value}`),
  ]);
}

describe('corpus tables through real .xlsx files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-corpus-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has tables to try', () => expect(TABLES.length).toBeGreaterThanOrEqual(20));

  it.each(TABLES)('%s reads the same from its .xlsx', async (name) => {
    const { workbook } = parseTableFile(fs.readFileSync(path.join(DIR, name), 'utf8'));
    const file = path.join(dir, name.replace(/\.table$/, '.xlsx'));
    await writeSheetsToFile(sheetSpecsOf(workbook), file, { reproducible: true });
    expect(summary(readWorkbook(readXlsx(fs.readFileSync(file))))).toEqual(summary(readWorkbook(workbook)));
  });
});
