/**
 * Generation's round trip: every project read from a workbook, written as a standard table into a real .xlsx and read
 * back, is the same project (code, name, money, plan, every indicator in standard form) — for the samples, the real
 * workbooks beside the repository and every table of the real-world corpus. Checking the generated tables finds
 * nothing that normalization resolves.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTableFile } from '../../scripts/realworld/table-format';
import { generate } from '../../src/core/generate/templates';
import { standardValue } from '../../src/core/generate/standard-content';
import { RESOLVED_BY_NORMALIZATION } from '../../src/core/generate/generation-notes';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { readXlsx } from '../../src/hosts/file/xlsx/read-xlsx';
import { readWorkbook } from '../../src/core/read';
import { runChecks } from '../../src/core/check/engine';
import type { WorkbookGrid } from '../../src/core/grid';
import type { Model, Project } from '../../src/core/model';
import { REALWORLD, REPO, SAMPLE_PER_SHEET, SAMPLE_STACKED, readGrid } from '../helpers/samples';

const CORPUS = path.join(REPO, 'test', 'realworld');
const TABLES = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.table'));
const SHARED_WORKBOOKS = fs.existsSync(REALWORLD)
  ? [...fs.readdirSync(REALWORLD), ...fs.readdirSync(path.join(REALWORLD, 'pages')).map((f) => `pages/${f}`)].filter((f) => f.endsWith('.xlsx'))
  : [];

/** What a project is, as the round trip must keep it: money rounded to the cent, values in their standard form. */
function essence(project: Project): unknown {
  const cents = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100);
  return {
    code: project.code,
    name: project.name,
    budget: cents(project.budget),
    fiscal: cents(project.fiscal),
    other: cents(project.other ?? 0) || 0,
    budgetUnit: project.budgetUnit,
    plan: project.plan.map((p) => (p === null ? null : Math.round(p * 100) / 100)),
    goal: project.goal?.trim() ?? null,
    indicators: project.indicators.map((i) => [i.level1.trim(), i.level2.trim(), i.level3.trim(), i.description.trim(), standardValue(i), i.basis.trim()]),
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-generate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function roundTrip(name: string, grid: WorkbookGrid): Promise<{ before: Model; after: Model }> {
  const before = readWorkbook(grid);
  const { sheets } = generate(before, 'standard', { locale: 'zh-CN' });
  const file = path.join(dir, `${name.replace(/[\\/]/g, '_')}.xlsx`);
  await writeSheetsToFile(sheets, file);
  return { before, after: readWorkbook(readXlsx(fs.readFileSync(file))) };
}

async function expectSameProjects(name: string, grid: WorkbookGrid): Promise<void> {
  const { before, after } = await roundTrip(name, grid);
  expect(after.projects.map(essence)).toEqual(before.projects.map(essence));
  const normalization = runChecks(after).findings.filter((f) => RESOLVED_BY_NORMALIZATION.has(f.rule));
  expect(normalization.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
}

describe('generate --template standard, read back', () => {
  it.each([SAMPLE_PER_SHEET, SAMPLE_STACKED])('gives the same projects for %s', async (file) => {
    await expectSameProjects(path.basename(file), readGrid(file));
  });

  it('has corpus tables to try', () => expect(TABLES.length).toBeGreaterThanOrEqual(30));

  it.each(TABLES)('gives the same projects for the corpus table %s', async (name) => {
    const { workbook } = parseTableFile(fs.readFileSync(path.join(CORPUS, name), 'utf8'));
    await expectSameProjects(name, workbook);
  });

  const sharedCases = SHARED_WORKBOOKS.length ? it.each(SHARED_WORKBOOKS) : it.skip.each(['../shared/realworld is absent']);
  sharedCases('gives the same projects for the real workbook %s', async (name) => {
    await expectSameProjects(name, readGrid(path.join(REALWORLD, name)));
  });
});
