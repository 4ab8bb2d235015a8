/**
 * `ptcheck check FILE --annotate OUT.xlsx`: the copy keeps the original's content (values, merges, borders, number
 * formats, column widths, row heights, sheets, the user's notes, fills and conditional formats), adds the add-in's
 * highlights and notes and a review report sheet, and the original's bytes never change. The copy is compared cell
 * by cell with the original, through ExcelJS and through the project's own reader, and against the facts the test
 * wrote into the original (so that a loss on ExcelJS's reading side would not go unseen either).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expectNoStackTrace, ptcheck, tempDir } from './cli-helpers';
import { readGrid, REALWORLD, SAMPLE_PER_SHEET, sharedIt } from '../helpers/samples';
import { tableRows } from '../helpers/table-builder';
import { reportTable } from '../../src/core/review/report';
import { readOriginalNotes } from '../../src/cli/annotate/original-notes';
import { FORMULA_CODE, hostileWorkbook } from './hostile-workbook';

const sha256 = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function load(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

type Formats = { ref: string; rules: { type: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[] }[];
const formatsOf = (sheet: ExcelJS.Worksheet): Formats => (sheet as unknown as { conditionalFormattings: Formats }).conditionalFormattings ?? [];
const noteText = (note: ExcelJS.Cell['note']): string => (typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''));

/**
 * Every sheet of the original is in the copy, in order, with the same cells (value, number format, border, fill,
 * font, alignment), merges, column widths, row heights, views and data validations; the copy has one sheet more.
 */
async function expectContentKept(original: string, copy: string, reportName: string): Promise<void> {
  const [a, b] = [await load(original), await load(copy)];
  expect(b.worksheets.map((s) => s.name)).toEqual([...a.worksheets.map((s) => s.name), reportName]);
  for (const sa of a.worksheets) {
    const sb = b.getWorksheet(sa.name) as ExcelJS.Worksheet;
    expect(sb.state).toBe(sa.state);
    expect([...sb.model.merges].sort()).toEqual([...sa.model.merges].sort());
    expect(sb.views).toEqual(sa.views);
    for (let c = 1; c <= Math.max(sa.columnCount, 1); c++) expect([c, sb.getColumn(c).width, sb.getColumn(c).hidden]).toEqual([c, sa.getColumn(c).width, sa.getColumn(c).hidden]);
    for (let r = 1; r <= sa.rowCount; r++) {
      expect([r, sb.getRow(r).height]).toEqual([r, sa.getRow(r).height]);
      for (let c = 1; c <= sa.columnCount; c++) {
        const [x, y] = [sa.getCell(r, c), sb.getCell(r, c)];
        const facts = (cell: ExcelJS.Cell): unknown => ({ address: cell.address, value: cell.value, numFmt: cell.numFmt, border: cell.border, fill: cell.fill, font: cell.font, alignment: cell.alignment });
        expect(facts(y)).toEqual(facts(x));
        if (x.dataValidation) expect(y.dataValidation).toEqual(x.dataValidation);
      }
    }
    // The user's conditional formats are all still there (the copy adds its own after them).
    expect(formatsOf(sb).slice(0, formatsOf(sa).length)).toEqual(formatsOf(sa));
  }
  // The same through the project's own reader: values, display formats and merged areas of every original sheet.
  // (Merged areas as a set: ExcelJS writes them in an order of its own.)
  const sheetsOf = (file: string): unknown[] =>
    readGrid(file).sheets.map((s) => ({ ...s, merges: [...(s.merges ?? [])].sort((x, y) => x.top - y.top || x.left - y.left) }));
  const [ga, gb] = [sheetsOf(original), sheetsOf(copy)];
  expect(gb.slice(0, ga.length)).toEqual(ga);
}

const MEDIUM: Partial<ExcelJS.Border> = { style: 'medium', color: { argb: 'FF000000' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/**
 * A target table as offices format them: a bordered grid whose merged areas have different borders on their cells
 * (the outer edge of a merged title on its last cell), money and percentages with number formats, set column widths
 * and a row height, a frozen header, the user's own fill, notes (one on an empty cell), conditional format and list
 * validation; a second sheet with a date, and a sheet of the user's that is already called 审核报告. Merges are
 * written into the sheet's XML afterwards (ExcelJS's mergeCells would copy the first cell's style over the others).
 * A cost above the budget (E11, error) and a quantity with an upper bound (E10, warning) are planted.
 */
async function officeWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('项目表', { views: [{ state: 'frozen', ySplit: 9 }] });
  const rows = tableRows({
    plan: [0.25, 0.5, 0.75, 1],
    indicators: [
      ['产出指标', '数量指标', '培训人数', '≤200人'],
      ['产出指标', '成本指标', '培训总成本', '≤30万元'],
      ['产出指标', '质量指标', '培训合格率', '≥95%'],
      ['产出指标', '时效指标', '培训完成时间', '≤12个月'],
      ['效益指标', '社会效益指标', '参训人员就业率', '≥80%'],
      ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
    ],
  });
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
  for (let r = 3; r <= 15; r++) for (let c = 1; c <= 6; c++) sheet.getCell(r, c).border = { top: THIN, left: THIN, bottom: r === 15 ? MEDIUM : THIN, right: THIN };
  // The title's merged area A1:F1: each cell its own edge.
  sheet.getCell('A1').border = { top: MEDIUM, left: MEDIUM, bottom: MEDIUM };
  for (const c of ['B1', 'C1', 'D1', 'E1']) sheet.getCell(c).border = { top: MEDIUM, bottom: MEDIUM };
  sheet.getCell('F1').border = { top: MEDIUM, right: MEDIUM, bottom: MEDIUM };
  sheet.getCell('A1').font = { name: '方正小标宋简体', size: 18, bold: true };
  sheet.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getCell('C4').numFmt = '#,##0.00';
  sheet.getCell('E4').numFmt = '0.00"万元"';
  for (const c of ['B7', 'C7', 'D7', 'E7']) sheet.getCell(c).numFmt = '0%';
  sheet.getCell('E11').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getCell('E10').note = '用户批注：已与单位确认';
  sheet.getCell('B3').note = '请核对编码';
  sheet.getCell('H20').note = '空白处的批注';
  sheet.getCell('G4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
  sheet.addConditionalFormatting({ ref: 'A20:A30', rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['5'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B0F0' } } } }] });
  [14, 12, 16, 24, 12, 18].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getRow(1).height = 36;
  const notes = book.addWorksheet('说明');
  notes.getCell('A1').value = '填报日期';
  notes.getCell('B1').value = new Date(Date.UTC(2024, 2, 15));
  notes.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
  book.addWorksheet('审核报告').getCell('A1').value = '用户自己的审核记录';
  book.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '隐藏的工作表';
  const files = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  const merges = ['A1:F1', 'A4:A5', 'B5:F5', 'B8:F8'];
  const part = 'xl/worksheets/sheet1.xml';
  files[part] = strToU8(strFromU8(files[part]).replace('</sheetData>', `</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`));
  fs.writeFileSync(file, zipSync(files));
}

describe('ptcheck check --annotate on a formatted workbook', () => {
  const dir = tempDir();
  const original = path.join(dir, '原表.xlsx');
  const copy = path.join(dir, '原表-标注.xlsx');
  let before: string;
  let run: ReturnType<typeof ptcheck>;
  let findings: { rule: string; severity: string; cell: string; message: string }[];

  beforeAll(async () => {
    await officeWorkbook(original);
    before = sha256(original);
    findings = JSON.parse(ptcheck(['check', original, '--format', 'json']).stdout)[0].findings;
    run = ptcheck(['check', original, '--annotate', copy]);
  });

  it('writes the copy and says so, with the usual exit code, and leaves the original\'s bytes as they were', () => {
    expect(run.status).toBe(1); // the planted error
    expectNoStackTrace(run);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(new RegExp(`^已写出标注副本 ${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：标记了 \\d+ 个单元格，\\d+ 条批注（1 个单元格已有他人批注，予以保留），审核报告在“审核报告 \\(2\\)”工作表$`));
    expect(sha256(original)).toBe(before);
  });

  it('keeps every sheet, cell, merge, border, number format, width, height, view and validation of the original', async () => {
    await expectContentKept(original, copy, '审核报告 (2)');
    // And against what the test wrote, not only against ExcelJS's reading of the original.
    const sheet = (await load(copy)).getWorksheet('项目表') as ExcelJS.Worksheet;
    expect(sheet.model.merges.sort()).toEqual(['A1:F1', 'A4:A5', 'B5:F5', 'B8:F8']);
    expect(sheet.getCell('F1').border).toEqual({ top: MEDIUM, right: MEDIUM, bottom: MEDIUM });
    expect(sheet.getCell('C1').border).toEqual({ top: MEDIUM, bottom: MEDIUM });
    expect(sheet.getCell('F15').border).toEqual({ top: THIN, left: THIN, bottom: MEDIUM, right: THIN });
    expect(sheet.getCell('C4').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('E4').numFmt).toBe('0.00"万元"');
    expect(sheet.getCell('B7').numFmt).toBe('0%');
    expect(sheet.getColumn(4).width).toBe(24);
    expect(sheet.getRow(1).height).toBe(36);
    expect(sheet.getCell('E11').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }); // the user's fill, untouched
    expect((await load(copy)).getWorksheet('说明')?.getCell('B1').value).toEqual(new Date(Date.UTC(2024, 2, 15)));
  });

  it('highlights each finding\'s cell with a conditional format in the add-in\'s colours, carrying the add-in\'s marker', async () => {
    const sheet = (await load(copy)).getWorksheet('项目表') as ExcelJS.Worksheet;
    const own = formatsOf(sheet).filter((f) => f.rules.some((r) => (r.formulae ?? []).some((x) => x.includes('ptcheck:'))));
    const bySeverity = Object.fromEntries(own.map((f) => [/ptcheck:(\w+)/.exec(f.rules[0].formulae?.[0] ?? '')?.[1], f]));
    expect(bySeverity.error.rules[0]).toMatchObject({ type: 'expression', formulae: ['LEN("ptcheck:error")>0'] });
    expect(bySeverity.error.rules[0].style).toMatchObject({ fill: { bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } });
    expect(bySeverity.warning.rules[0].style).toMatchObject({ fill: { bgColor: { argb: 'FFFFEB9C' } }, font: { color: { argb: 'FF9C5700' } } });
    expect(bySeverity.error.ref.split(' ')).toContain('E11');
    expect(bySeverity.warning.ref.split(' ')).toContain('E10');
    // Every finding's cell is highlighted at its most severe finding's level.
    const marked = new Map(own.flatMap((f) => f.ref.split(' ').map((cell) => [cell, /ptcheck:(\w+)/.exec(f.rules[0].formulae?.[0] ?? '')?.[1]])));
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    for (const f of findings) expect(rank[marked.get(f.cell) as string]).toBeLessThanOrEqual(rank[f.severity]);
  });

  it('adds a note with the messages on each finding\'s cell, keeps the user\'s notes, also the one on an empty cell', () => {
    // Read from the file's parts: ExcelJS itself does not load a note on a cell that holds nothing else.
    const notes = readOriginalNotes(fs.readFileSync(copy)).get('项目表') as Map<string, string>;
    expect(notes.get('E11')).toMatch(/^【绩效审核·错误】成本指标 ≤30万元 超过预算数 20万元/);
    expect(notes.get('E10')).toBe('用户批注：已与单位确认');
    expect(notes.get('B3')).toBe('请核对编码');
    expect(notes.get('H20')).toBe('空白处的批注');
    for (const f of findings.filter((x) => x.cell !== 'E10')) expect(notes.get(f.cell)).toContain(f.message);
    expect([...notes.keys()].sort()).toEqual([...new Set([...findings.map((f) => f.cell), 'B3', 'H20'])].sort());
  });

  it('adds the review report under a free name, as the add-in writes it', async () => {
    const report = (await load(copy)).getWorksheet('审核报告 (2)') as ExcelJS.Worksheet;
    const expected = reportTable([], 'zh-CN');
    expect(report.getCell('A1').value).toBe(expected.title);
    expect(String(report.getCell('A2').value)).toMatch(/^生成时间：.*错误 \d+ 个，警告 \d+ 个，提示 \d+ 条，已忽略 0 条$/);
    expect((report.getRow(4).values as unknown[]).slice(1)).toEqual(expected.headers);
    expect(report.rowCount).toBe(4 + findings.length);
    const first = report.getRow(5);
    expect(first.getCell(2).value).toBe('项目表');
    expect(first.getCell(3).value).toMatchObject({ formula: `HYPERLINK("#'项目表'!${findings[0].cell}","${findings[0].cell}")` });
    expect(first.getCell(7).value).toBe(findings[0].message);
    expect(report.getColumn(7).width).toBe(60);
    const errorRow = findings.findIndex((f) => f.severity === 'error') + 5;
    expect(report.getRow(errorRow).getCell(6).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    // The report is the add-in's own output: reading the copy finds the same tables as in the original.
    const projects = (file: string): unknown => JSON.parse(ptcheck(['extract', file]).stdout)[0].projects;
    expect(projects(copy)).toEqual(projects(original));
  });

  it('replaces its own marks when a copy is annotated again, instead of adding to them', async () => {
    const again = path.join(dir, '再次标注.xlsx');
    expect(ptcheck(['check', copy, '--annotate', again]).status).toBe(1);
    const [once, twice] = [await load(copy), await load(again)];
    const own = (book: ExcelJS.Workbook): Formats => formatsOf(book.getWorksheet('项目表') as ExcelJS.Worksheet).filter((f) => JSON.stringify(f).includes('ptcheck:'));
    expect(own(twice)).toEqual(own(once));
    const sheet = twice.getWorksheet('项目表') as ExcelJS.Worksheet;
    expect(noteText(sheet.getCell('E11').note)).toBe(noteText((once.getWorksheet('项目表') as ExcelJS.Worksheet).getCell('E11').note));
    expect(twice.worksheets.map((s) => s.name)).toEqual([...once.worksheets.map((s) => s.name), '审核报告 (3)']);
  });
});

describe('ptcheck check --annotate on the example and on a real published workbook', () => {
  it('keeps the example workbook\'s 14 sheets as they are and marks its findings', async () => {
    const dir = tempDir();
    const original = path.join(dir, 'example.xlsx');
    fs.copyFileSync(SAMPLE_PER_SHEET, original);
    const copy = path.join(dir, 'example-annotated.xlsx');
    const run = ptcheck(['check', original, '--annotate', copy, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(''); // success is silent beside JSON
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    expect(fs.readFileSync(original)).toEqual(fs.readFileSync(SAMPLE_PER_SHEET));
    await expectContentKept(original, copy, '审核报告');
  });

  sharedIt(path.join(REALWORLD, 'wuhan-2020-project-application.xlsx'), 'a real workbook written by Excel')(
    'keeps a workbook Excel wrote as it was',
    async () => {
      const dir = tempDir();
      const original = path.join(dir, 'wuhan.xlsx');
      fs.copyFileSync(path.join(REALWORLD, 'wuhan-2020-project-application.xlsx'), original);
      const copy = path.join(dir, 'wuhan-annotated.xlsx');
      expect([0, 1]).toContain(ptcheck(['check', original, '--annotate', copy]).status);
      await expectContentKept(original, copy, '审核报告');
    },
  );

  it('marks only the findings shown with --severity', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'warnings.xlsx');
    const run = ptcheck(['check', SAMPLE_PER_SHEET, '--annotate', copy, '--severity', 'warning', '--lang', 'en-US']);
    expect(run.stdout).toMatch(/Wrote the annotated copy .*: 5 cell\(s\) marked, 5 note\(s\), the review report on sheet "Review report"/);
    const report = (await load(copy)).getWorksheet('Review report') as ExcelJS.Worksheet;
    expect(report.rowCount).toBe(4 + 5);
  });
});

describe('ptcheck check --annotate on hostile text', () => {
  it('writes a code that looks like a formula into the report as text, never as a formula', async () => {
    const original = await hostileWorkbook();
    const copy = path.join(tempDir(), 'hostile-annotated.xlsx');
    expect(ptcheck(['check', original, '--annotate', copy]).status).toBe(1);
    const report = (await load(copy)).getWorksheet('审核报告') as ExcelJS.Worksheet;
    const codes = [];
    for (let r = 5; r <= report.rowCount; r++) codes.push(report.getRow(r).getCell(4).value);
    expect(codes).toContain(FORMULA_CODE);
    for (let r = 5; r <= report.rowCount; r++) for (const c of [2, 4, 5, 7, 8]) expect(typeof report.getRow(r).getCell(c).value).toBe('string');
  });
});

describe('ptcheck check --annotate refuses', () => {
  const dir = tempDir();
  const original = path.join(dir, 'table.xlsx');
  fs.copyFileSync(SAMPLE_PER_SHEET, original);
  const hash = sha256(original);

  it.each([
    ['the original itself', () => [original, '--annotate', original], '标注副本不能写到原文件上'],
    ['the original by another path', () => [original, '--annotate', path.join(dir, '.', 'sub', '..', 'table.xlsx'), '--force'], '标注副本不能写到原文件上'],
    ['a link to the original, even with --force', () => {
      const link = path.join(dir, 'link.xlsx');
      if (!fs.existsSync(link)) fs.symlinkSync(original, link);
      return [original, '--annotate', link, '--force'];
    }, '标注副本不能写到原文件上'],
    ['a name that is no .xlsx', () => [original, '--annotate', path.join(dir, 'out.xls')], '应以 .xlsx 结尾'],
    ['several input files', () => [original, SAMPLE_PER_SHEET, '--annotate', path.join(dir, 'out.xlsx')], '只能用于单个输入文件（本次有 2 个）'],
    ['a folder of several files', () => {
      const folder = path.join(dir, 'several');
      fs.mkdirSync(folder, { recursive: true });
      for (const name of ['a.xlsx', 'b.xlsx']) fs.copyFileSync(SAMPLE_PER_SHEET, path.join(folder, name));
      return [folder, '--annotate', path.join(dir, 'out.xlsx')];
    }, '只能用于单个输入文件（本次有 2 个）'],
  ])('%s: exit 2, a plain message, nothing written', (_name, args, message) => {
    const run = ptcheck(['check', ...args(), '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expectNoStackTrace(run);
    expect(sha256(original)).toBe(hash);
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });

  it('an existing copy unless --force, like ptcheck generate', async () => {
    const out = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(out, 'keep me');
    const refused = ptcheck(['check', original, '--annotate', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`标注副本 ${out} 已存在：如需覆盖，请加 --force`);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = ptcheck(['check', original, '--annotate', out, '--force']);
    expect(forced.status).toBe(1);
    expect((await load(out)).worksheets.length).toBe(15);
    expect(sha256(original)).toBe(hash);
  });

  it('an input that cannot be read: its error entry, a message, no copy', () => {
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, 'not a workbook');
    const out = path.join(dir, 'never.xlsx');
    const run = ptcheck(['check', broken, '--annotate', out, '--format', 'json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)[0].error.code).toBe('not-xlsx');
    expect(run.stderr).toContain('输入文件无法读取，没有写出标注副本');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a copy it cannot write: a message, exit 2, no stray temporary file', () => {
    const missingFolder = path.join(dir, 'no-such-folder', 'copy.xlsx');
    // A folder in the way: the copy is written beside it, then cannot take its place.
    const folderInTheWay = path.join(dir, 'in-the-way.xlsx');
    fs.mkdirSync(folderInTheWay);
    fs.writeFileSync(path.join(folderInTheWay, 'keep.txt'), 'keep');
    for (const out of [missingFolder, folderInTheWay]) {
      const run = ptcheck(['check', original, '--annotate', out, '--force']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`无法写入标注副本 ${out}`);
      expectNoStackTrace(run);
    }
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(fs.readFileSync(path.join(folderInTheWay, 'keep.txt'), 'utf8')).toBe('keep');
  });
});
