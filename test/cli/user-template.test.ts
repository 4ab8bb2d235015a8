/**
 * `ptcheck generate FILE --template PATH.xlsx` on real files: the sample template filled in from the example reads
 * back as the same projects, keeps the template's look, writes risky text as text, and bad templates are named.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { readWorkbook } from '../../src/core/read';
import { generate } from '../../src/core/generate/templates';
import { writeSheetsToFile } from '../../src/hosts/file/write-xlsx';
import { readGrid, SAMPLE_PER_SHEET } from '../helpers/samples';
import { expectNoStackTrace, ptcheck, tempDir } from './cli-helpers';

const SAMPLE = 'samples/caofeidian-2024.xlsx';
const TEMPLATE = 'samples/user-template.xlsx';

interface ExtractedIndicator {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  basis: string;
  normalized: { value: string };
}

/** What must survive the round trip: the project's facts and every indicator (its value in normalized form). */
function projectsOf(file: string): unknown[] {
  const [entry] = JSON.parse(ptcheck(['extract', file]).stdout);
  return entry.projects.map((p: Record<string, unknown> & { indicators: ExtractedIndicator[] }) => ({
    code: p.code,
    name: p.name,
    budget: p.budget,
    fiscal: p.fiscal,
    other: p.other,
    budgetUnit: p.budgetUnit,
    plan: p.plan,
    goal: p.goal,
    usage: p.usage,
    year: p.year,
    indicators: p.indicators.map((i) => [i.level1, i.level2, i.level3, i.description, i.normalized.value, i.basis]),
  }));
}

async function loadBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

async function writeTemplate(file: string, rows: (string | null)[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('模板');
  rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  await book.xlsx.writeFile(file);
}

describe('ptcheck generate --template PATH.xlsx', () => {
  const dir = tempDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fills the sample template for every project; extract reads back the same projects', () => {
    const out = path.join(dir, 'filled.xlsx');
    const run = ptcheck(['generate', SAMPLE, '--template', TEMPLATE, '-o', out, '--format', 'json']);
    expectNoStackTrace(run);
    expect(run.status).toBe(0);
    const entry = JSON.parse(run.stdout);
    expect(entry).toMatchObject({ file: SAMPLE, template: TEMPLATE, out });
    expect(entry.sheets).toHaveLength(14);
    expect(entry.sheets[0]).toBe('1.2024年国动办机构运行费');
    expect(entry.sheets[13]).toBe('生成说明');
    const source = projectsOf(SAMPLE);
    expect(source).toHaveLength(13);
    expect(projectsOf(out)).toEqual(source);
  });

  it("keeps the template's look: styles, merges (the block's repeated and merged down), widths, heights, formats", async () => {
    const out = path.join(dir, 'look.xlsx');
    expect(ptcheck(['generate', SAMPLE, '-t', TEMPLATE, '-o', out]).status).toBe(0);
    const template = (await loadBook(TEMPLATE)).worksheets[0];
    const sheet = (await loadBook(out)).worksheets[0];
    expect(sheet.getCell('A1').value).toBe('2024年度项目支出绩效目标表');
    expect(sheet.getCell('A1').font).toEqual(template.getCell('A1').font);
    expect(sheet.getCell('A1').alignment).toEqual(template.getCell('A1').alignment);
    expect(sheet.getCell('A9').fill).toEqual(template.getCell('A9').fill); // the header row
    expect(sheet.getCell('C10').border).toEqual(template.getCell('C11').border); // the block's row, copied
    expect(sheet.getCell('C10').border?.left?.style).toBe('thin');
    expect(sheet.getCell('C4').value).toBe(20);
    expect(sheet.getCell('C4').numFmt).toBe('0.00');
    expect(sheet.getCell('B7').value).toBe(0.25);
    expect(sheet.getCell('B7').numFmt).toBe('0%');
    for (let c = 1; c <= 7; c++) expect(sheet.getColumn(c).width).toBe(template.getColumn(c).width);
    expect(sheet.getRow(1).height).toBe(template.getRow(1).height);
    expect(sheet.getRow(10).height).toBe(template.getRow(11).height);
    // The first project has 4 output indicators, then one benefit and one satisfaction indicator (rows 10–15).
    const merges = sheet.model.merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:G1', 'A4:A5', 'A10:A13', 'F10:G10', 'F15:G15']));
    expect(merges).not.toContain('A14:A15');
    expect(sheet.getCell('A16').value).toContain('填表人');
    expect(sheet.getCell('A16').border?.left).toBeUndefined();
  });

  it('stacks every project on one sheet with --stacked', () => {
    const out = path.join(dir, 'stacked.xlsx');
    const run = ptcheck(['generate', SAMPLE, '-t', TEMPLATE, '-o', out, '--stacked', '--format', 'json']);
    expect(JSON.parse(run.stdout).sheets).toEqual(['绩效目标表模板', '生成说明']);
    expect(projectsOf(out)).toEqual(projectsOf(SAMPLE));
  });

  it('writes text that looks like a formula as text, from the table and from the template', async () => {
    const model = readWorkbook(readGrid(SAMPLE_PER_SHEET));
    model.projects = [{ ...model.projects[0], name: '=HYPERLINK("http://example.com","点我")' }];
    model.departments = [];
    const source = path.join(dir, 'risky.xlsx');
    await writeSheetsToFile(generate(model, 'standard', { locale: 'zh-CN' }).sheets, source);
    const template = path.join(dir, 'risky-template.xlsx');
    await writeTemplate(template, [['{{项目名称}}', '=1+1', '＋{{项目编码}}']]);
    const out = path.join(dir, 'risky-out.xlsx');
    const run = ptcheck(['generate', source, '-t', template, '-o', out]);
    expect(run.status).toBe(0);
    const parts = unzipSync(fs.readFileSync(out));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(xml).not.toMatch(/<f[ >]/);
    const values = readGrid(out).sheets[0].values[0];
    expect(values.slice(0, 3)).toEqual(['=HYPERLINK("http://example.com","点我")', '=1+1', '＋13020924P00071310005T']);
  });

  describe('bad templates: exit 2, the problem named with its cell, nothing written', () => {
    it('an unknown placeholder', async () => {
      const template = path.join(dir, 'unknown.xlsx');
      await writeTemplate(template, [['{{项目名称}}'], [null], [null], [null], [null, null, '项目名：{{项目名}}']]);
      const out = path.join(dir, 'unknown-out.xlsx');
      const json = ptcheck(['generate', SAMPLE, '-t', template, '-o', out, '--format', 'json']);
      expect(json.status).toBe(2);
      const entry = JSON.parse(json.stdout);
      expect(entry.error.code).toBe('bad-template');
      expect(entry.error.message).toContain('模板单元格 C5 中的占位符“{{项目名}}”无法识别；可用：{{项目名称}}');
      const table = ptcheck(['generate', SAMPLE, '-t', template, '-o', out]);
      expect(table.status).toBe(2);
      expect(table.stdout).toContain('C5');
      const english = ptcheck(['generate', SAMPLE, '-t', template, '-o', out, '--lang', 'en-US']);
      expect(english.stdout).toContain('"{{项目名}}" in template cell C5 is not known');
      for (const run of [json, table, english]) expectNoStackTrace(run);
      expect(fs.existsSync(out)).toBe(false);
    });

    it.each([
      ['an unclosed block', [['{{项目名称}}'], ['{{#指标}}'], ['{{一级指标}}']], 'A2', '没有对应的“{{/指标}}”'],
      ['a nested block', [['{{#指标}}'], ['{{#指标}}'], ['{{一级指标}}'], ['{{/指标}}']], 'A2', '不能嵌套'],
      ['a marker that is not alone', [['{{项目名称}}'], ['{{#指标}}', '注'], ['{{一级指标}}'], ['{{/指标}}']], 'B2', '标记行'],
      ['no placeholder at all', [['项目名称', '预算数']], '', '没有任何占位符'],
      ['a prototype member name', [['{{constructor}}', '{{__proto__}}']], 'A1', '“{{constructor}}”无法识别'],
    ])('%s', async (what, rows, cell, words) => {
      const template = path.join(dir, `${what.replace(/\W+/g, '-')}.xlsx`);
      await writeTemplate(template, rows);
      const run = ptcheck(['generate', SAMPLE, '-t', template, '-o', path.join(dir, 'never.xlsx'), '--format', 'json']);
      expectNoStackTrace(run);
      expect(run.status).toBe(2);
      const { error } = JSON.parse(run.stdout);
      expect(error.code).toBe('bad-template');
      expect(error.message).toContain(words);
      if (cell) expect(error.message).toContain(cell);
      expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
    });

    it('an empty sheet, a missing sheet, a file that is no workbook', async () => {
      const empty = path.join(dir, 'empty-template.xlsx');
      const book = new ExcelJS.Workbook();
      book.addWorksheet('空白');
      await book.xlsx.writeFile(empty);
      const run = (args: string[]): { code: string; message: string } => {
        const result = ptcheck(['generate', SAMPLE, ...args, '-o', path.join(dir, 'never.xlsx'), '--format', 'json']);
        expectNoStackTrace(result);
        expect(result.status).toBe(2);
        return JSON.parse(result.stdout).error;
      };
      expect(run(['-t', empty])).toMatchObject({ code: 'bad-template', message: expect.stringContaining('是空的') });
      expect(run(['-t', TEMPLATE, '--template-sheet', '别的表'])).toMatchObject({ code: 'bad-template', message: expect.stringContaining('绩效目标表模板') });
      const html = path.join(dir, 'page.xlsx');
      fs.writeFileSync(html, '<html>not a workbook</html>');
      expect(run(['-t', html])).toMatchObject({ code: 'html-or-xml', message: expect.stringContaining('模板文件') });
      expect(run(['-t', path.join(dir, 'missing.xlsx')])).toMatchObject({ code: 'file-not-found', message: expect.stringContaining('模板文件') });
    });

    it('a template argument that is neither a built-in nor an .xlsx file, and --template-sheet with a built-in', () => {
      const odd = ptcheck(['generate', SAMPLE, '-t', 'mine.ods', '-o', path.join(dir, 'x.xlsx')]);
      expect(odd.status).toBe(2);
      expect(odd.stderr).toContain('mine.ods');
      const sheetless = ptcheck(['generate', SAMPLE, '-t', 'standard', '--template-sheet', 'x', '-o', path.join(dir, 'x.xlsx')]);
      expect(sheetless.status).toBe(2);
      expect(sheetless.stderr).toContain('--template-sheet');
      expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    });
  });

  it('mentions user templates in --help', () => {
    const help = ptcheck(['generate', '--help']);
    expect(help.stdout).toContain('.xlsx 模板');
    expect(help.stdout).toContain('--template-sheet');
    expect(help.stdout).toContain('docs/templates.md');
  });
});
