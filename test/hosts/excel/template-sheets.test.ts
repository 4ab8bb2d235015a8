/**
 * A sheet of the open workbook as a user template, through the Excel host on the strict fake Excel: each output cell
 * carries its template cell's formats (copied with Range.copyFrom, ExcelApi 1.9), the values are the project's, the
 * round trips do not grow with the projects, and neither the template nor any other existing sheet is written over.
 */
import { ExcelWorkbookHost } from '../../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../../src/hosts/memory/fake-excel';
import { cellKey, emptyWorkbook, newSheet, sheetByName, type CellData, type SheetData, type WorkbookData } from '../../../src/hosts/memory/workbook-data';
import { readWorkbook } from '../../../src/core/read';
import { renderUserTemplate, type RenderedSheet } from '../../../src/core/generate/user-template';
import { rowRuns } from '../../../src/hosts/excel/template-sheets';
import { tableRows } from '../../helpers/table-builder';

const YELLOW = { fill: '#FFFF00', bold: true };
const BLUE = { fill: '#D9E1F2' };
const BOXED = { border: 'thin' };

/** The template: a title merged over A1:D1, money in 0.00, a plan share in General, the indicator block, a footer. */
function templateSheet(): SheetData {
  const sheet = newSheet('模板');
  const put = (row: number, col: number, value: CellData['value'], extra: Partial<CellData> = {}): void => {
    sheet.cells[cellKey(row, col)] = { value, ...extra };
  };
  put(0, 0, '{{项目名称}}绩效目标', { format: { ...YELLOW } });
  for (let c = 1; c < 4; c++) put(0, c, null, { format: { ...YELLOW } });
  put(1, 0, '预算数');
  put(1, 1, '{{预算数}}', { numberFormat: '0.00', format: { fontColor: '#C00000' } });
  put(1, 2, '12月底');
  put(1, 3, '{{资金支出计划.12月底}}');
  ['一级指标', '二级指标', '三级指标', '指标值'].forEach((h, c) => put(2, c, h, { format: { ...BLUE } }));
  put(3, 0, '{{#指标}}');
  ['{{一级指标}}', '{{二级指标}}', '{{三级指标}}', '{{指标值}}'].forEach((p, c) => put(4, c, p, { format: { ...BOXED } }));
  put(5, 0, '{{/指标}}');
  put(6, 0, '=不是公式', { quotePrefix: true });
  sheet.merges = [{ top: 0, left: 0, bottom: 0, right: 3 }];
  sheet.columnWidths = { 0: 90, 1: 120 };
  sheet.rowHeights = { 0: 30 };
  return sheet;
}

function workbook(projects: number, template = templateSheet()): WorkbookData {
  const data = emptyWorkbook();
  for (let s = 0; s < projects; s++) {
    const sheet = newSheet(`表${s + 1}`);
    tableRows({ code: `13020924P0007131${String(s).padStart(4, '0')}A`, name: `项目${s + 1}` }).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.cells[cellKey(r, c)] = { value };
      }),
    );
    data.sheets.push(sheet);
  }
  data.sheets.push(template);
  data.activeSheet = data.sheets[0].name;
  return data;
}

async function generate(data: WorkbookData, version = '1.18'): Promise<{ fake: FakeExcel; names: string[]; sheets: RenderedSheet[]; syncs: number }> {
  const fake = new FakeExcel(data, version);
  const host = new ExcelWorkbookHost(fake.environment);
  const model = readWorkbook(await host.readGrid());
  const template = await host.readTemplateSheet('模板');
  const result = renderUserTemplate(template, model, { existingSheets: await host.sheetNames() });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.cell}: ${p.message['en-US']}`).join('\n'));
  const before = fake.syncs;
  const names = await host.addTemplateSheets('模板', result.sheets);
  return { fake, names, sheets: result.sheets, syncs: fake.syncs - before };
}

function cell(data: WorkbookData, sheet: string, row: number, col: number): CellData | undefined {
  return sheetByName(data, sheet)!.cells[cellKey(row, col)];
}

describe('a sheet of the workbook as a user template', () => {
  it('writes one sheet per project, each cell with its template cell’s formats and the project’s values', async () => {
    const data = workbook(2);
    const { names } = await generate(data);
    expect(names).toEqual(['1.项目1', '2.项目2']);
    const model = readWorkbook(await new ExcelWorkbookHost(new FakeExcel(data).environment).readGrid());
    const first = model.projects.find((p) => p.name === '项目1')!;
    const out = (row: number, col: number): CellData | undefined => cell(data, '1.项目1', row, col);

    expect(out(0, 0)?.value).toBe('项目1绩效目标');
    expect(out(0, 3)?.format).toEqual(YELLOW);
    expect(sheetByName(data, '1.项目1')!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(out(1, 1)).toMatchObject({ value: 20, numberFormat: '0.00', format: { fontColor: '#C00000' } });
    // The share comes as a number; its template cell is General, so the plan's percent format applies.
    expect(out(1, 3)).toMatchObject({ value: 1, numberFormat: '0%' });
    expect(out(2, 0)).toMatchObject({ value: '一级指标', format: BLUE });
    first.indicators.forEach((indicator, i) => {
      expect(out(3 + i, 0)).toMatchObject({ value: indicator.level1, format: BOXED });
      expect(out(3 + i, 2)).toMatchObject({ value: indicator.level3, format: BOXED });
    });
    const footer = 3 + first.indicators.length;
    // Text that looks like a formula stays text.
    expect(out(footer, 0)).toMatchObject({ value: '=不是公式', quotePrefix: true });
    expect(out(footer, 0)?.formula).toBeUndefined();
    expect(sheetByName(data, '1.项目1')!.columnWidths).toMatchObject({ 0: 90, 1: 120 });
    // The template's own height is kept; rows at the standard height stay unset, free to grow with wrapped text.
    expect(sheetByName(data, '1.项目1')!.rowHeights).toEqual({ 0: 30 });
  });

  it('takes the same number of round trips for 1 project and for 20', async () => {
    const one = await generate(workbook(1));
    const twenty = await generate(workbook(20));
    expect(twenty.names).toHaveLength(20);
    expect(twenty.syncs).toBe(one.syncs);
  });

  it('leaves no half-written sheet behind when Excel refuses a write, and says why', async () => {
    const data = workbook(3);
    const before = data.sheets.map((sh) => sh.name);
    const fake = new FakeExcel(data, '1.18');
    const host = new ExcelWorkbookHost(fake.environment);
    const model = readWorkbook(await host.readGrid());
    const template = await host.readTemplateSheet('模板');
    const result = renderUserTemplate(template, model, { existingSheets: await host.sheetNames() });
    if (!result.ok) throw new Error('the template should render');
    // Adding the sheets goes through; the first request that carries the values is refused.
    fake.requestByteLimit = 1_500;
    await expect(host.addTemplateSheets('模板', result.sheets)).rejects.toThrow(/RequestPayloadSizeLimitExceeded|request carries/);
    expect(fake.data.sheets.map((sh) => sh.name)).toEqual(before);
  });

  it('never writes over an existing sheet, the template included', async () => {
    const data = workbook(1);
    const taken = newSheet('1.项目1');
    taken.cells[cellKey(0, 0)] = { value: '我的' };
    data.sheets.push(taken);
    const templateBefore = JSON.stringify(sheetByName(data, '模板'));
    const fake = new FakeExcel(data);
    const host = new ExcelWorkbookHost(fake.environment);
    const model = readWorkbook(await host.readGrid());
    const result = renderUserTemplate(await host.readTemplateSheet('模板'), model, { existingSheets: ['模板', '表1'] });
    if (!result.ok) throw new Error('template refused');
    // The preview's name was taken since: the sheet gets a free one.
    expect(result.sheets[0].name).toBe('1.项目1');
    const names = await host.addTemplateSheets('模板', result.sheets);
    expect(names[0]).not.toBe('1.项目1');
    expect(cell(data, '1.项目1', 0, 0)?.value).toBe('我的');
    expect(cell(data, names[0], 0, 0)?.value).toBe('项目1绩效目标');
    expect(JSON.stringify(sheetByName(data, '模板'))).toBe(templateBefore);
  });

  it('is refused below ExcelApi 1.9, as the fake refuses copyFrom there', async () => {
    const fake = new FakeExcel(workbook(1), '1.8');
    const host = new ExcelWorkbookHost(fake.environment);
    expect(host.capabilities.templateSheets).toBe(false);
    await expect(host.readTemplateSheet('模板')).rejects.toThrow(/ExcelApi 1\.9/);
    await expect(host.addTemplateSheets('模板', [])).rejects.toThrow(/ExcelApi 1\.9/);
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('模板');
        sheet.getRange('A1').copyFrom(sheet.getRange('A2'), 'Formats' as Excel.RangeCopyType);
      }),
    ).rejects.toThrow(/copyFrom needs ExcelApi 1\.9/);
  });

  it('refuses a template sheet that spans far beyond any form, saying so in both languages, before reading its cells', async () => {
    const template = templateSheet();
    template.cells[cellKey(299_999, 0)] = { value: '备注' }; // a stray note far below the form
    const fake = new FakeExcel(workbook(1, template), '1.18');
    const host = new ExcelWorkbookHost(fake.environment);
    await expect(host.readTemplateSheet('模板')).rejects.toThrow(/^模板工作表“模板”的范围超过 200,000 个单元格.* \/ the template sheet "模板" spans more than 200,000 cells/);
  });

  it('copies a run of output rows from consecutive template rows at once', () => {
    const at = (row: number, source: number) => ({ row, col: 0, value: null, source: { row: source, col: 0 } });
    const sheet: RenderedSheet = { name: 'x', cells: [at(0, 0), at(1, 1), at(2, 4), at(3, 4), at(4, 4), at(5, 6)], merges: [], columnWidths: [], rowHeights: {}, projects: [] };
    expect(rowRuns(sheet)).toEqual([
      { start: 0, source: 0, count: 2 },
      { start: 2, source: 4, count: 1 },
      { start: 3, source: 4, count: 1 },
      { start: 4, source: 4, count: 1 },
      { start: 5, source: 6, count: 1 },
    ]);
  });
});
