/**
 * @jest-environment jsdom
 *
 * 生成标准表 from a sheet of the open workbook, in the pane over the Excel host on the fake Excel: the sheets holding
 * placeholders are offered as templates; a bad one lists its problems with their cells (in both languages); a good
 * one writes one sheet per project with the project's values and the template's formats, the template untouched;
 * below ExcelApi 1.9 the pane says what is needed and what to do instead.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { ExcelWorkbookHost } from '../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../src/hosts/memory/fake-excel';
import { cellKey, emptyWorkbook, newSheet, type CellData, type SheetData, type WorkbookData } from '../../src/hosts/memory/workbook-data';
import { GOOD_INDICATORS, tableRows } from '../helpers/table-builder';

beforeEach(() => localStorage.clear());

function sheetOf(name: string, rows: (CellData['value'] | undefined)[][]): SheetData {
  const sheet = newSheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.cells[cellKey(r, c)] = { value };
    }),
  );
  return sheet;
}

function workbook(): WorkbookData {
  const data = emptyWorkbook();
  data.sheets.push(sheetOf('表1', tableRows({ code: '13020924P00071310001A', name: '项目甲' })));
  // A plan short of 100% by year end: a finding generation cannot settle, so a 生成说明 sheet is written too.
  data.sheets.push(sheetOf('表2', tableRows({ code: '13020924P00071310002A', name: '项目乙', plan: ['25%', '50%', '75%', '90%'], budget: 25 })));
  const good = sheetOf('我的模板', [['{{项目名称}}'], ['预算数', '{{预算数}}'], ['{{#指标}}'], ['{{三级指标}}', '{{指标值}}'], ['{{/指标}}']]);
  good.cells[cellKey(0, 0)].format = { fill: '#FFFF00', bold: true };
  data.sheets.push(good);
  data.sheets.push(sheetOf('坏模板', [['{{不存在}}'], ['{{#指标}}'], ['{{三级指标}}']]));
  data.activeSheet = '表1';
  return data;
}

function hostOn(data: WorkbookData, version = '1.18'): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const fake = new FakeExcel(data, version);
  return { fake, host: new ExcelWorkbookHost(fake.environment) };
}

async function openGenerate(): Promise<HTMLElement> {
  fireEvent.click(screen.getByTestId('generate'));
  const dialog = await screen.findByTestId('generate-dialog');
  await within(dialog).findByTestId('generation-preview', {}, { timeout: 5000 });
  return dialog;
}

function problems(dialog: HTMLElement): string[] {
  return [...within(dialog).getByTestId('template-problems').querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('a sheet of the workbook as the template in 生成标准表', () => {
  it('lists the problems of a bad template sheet, each with its cell, in Chinese', async () => {
    const { fake, host } = hostOn(workbook());
    render(<App host={host} locale="zh-CN" />);
    const dialog = await openGenerate();
    expect(within(dialog).getByTestId('template-sheet-我的模板')).toBeInTheDocument();
    expect(within(dialog).getByText('工作表“坏模板”（自定义模板）')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('template-sheet-表1')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('template-sheet-坏模板'));
    await within(dialog).findByTestId('template-problems');
    const listed = problems(dialog);
    expect(listed.some((p) => p.startsWith('A1：') && p.includes('不存在'))).toBe(true);
    expect(listed.some((p) => p.startsWith('A2：'))).toBe(true);
    expect(within(dialog).getByText(`此模板有 ${listed.length} 个问题，无法使用：`)).toBeInTheDocument();
    expect(within(dialog).getByTestId('generate-confirm')).toBeDisabled();
    expect(fake.data.sheets).toHaveLength(4);
  });

  it('lists them in English too', async () => {
    render(<App host={hostOn(workbook()).host} locale="en-US" />);
    const dialog = await openGenerate();
    expect(within(dialog).getByText('Sheet "坏模板" (your template)')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByTestId('template-sheet-坏模板'));
    await within(dialog).findByTestId('template-problems');
    const listed = problems(dialog);
    expect(listed.some((p) => /^A1: .*不存在/.test(p))).toBe(true);
    expect(listed.every((p) => !/[。：]$/.test(p))).toBe(true);
  });

  it('writes one sheet per project from a good one, with the project’s values and the template’s formats', async () => {
    const data = workbook();
    const template = JSON.stringify(data.sheets[2]);
    const { fake, host } = hostOn(data);
    render(<App host={host} locale="zh-CN" />);
    const dialog = await openGenerate();
    fireEvent.click(within(dialog).getByTestId('template-sheet-我的模板'));
    await waitFor(() => expect(within(dialog).getByTestId('generation-sheets').querySelector('li')).toHaveTextContent('1.项目甲'));
    const names = [...within(dialog).getByTestId('generation-sheets').querySelectorAll('li')].map((li) => li.textContent);
    expect(names.slice(0, 2)).toEqual(['1.项目甲', '2.项目乙']);
    expect(names[names.length - 1]).toBe('生成说明');
    fireEvent.click(within(dialog).getByTestId('generate-confirm'));
    await waitFor(() => expect(screen.getByTestId('notice')).toHaveTextContent('已添加'));
    const sheet = (name: string): SheetData => fake.data.sheets.find((s) => s.name === name)!;
    expect(fake.data.sheets.map((s) => s.name).slice(4)).toEqual(names);
    expect(fake.data.activeSheet).toBe('1.项目甲');
    expect(sheet('1.项目甲').cells[cellKey(0, 0)]).toMatchObject({ value: '项目甲', format: { fill: '#FFFF00', bold: true } });
    expect(sheet('2.项目乙').cells[cellKey(0, 0)]?.value).toBe('项目乙');
    expect(sheet('2.项目乙').cells[cellKey(1, 1)]?.value).toBe(25);
    GOOD_INDICATORS.forEach(([, , level3], i) => expect(sheet('2.项目乙').cells[cellKey(2 + i, 0)]?.value).toBe(level3));
    expect(sheet('2.项目乙').cells[cellKey(2 + GOOD_INDICATORS.length, 0)]?.value ?? null).toBeNull();
    expect(JSON.stringify(sheet('我的模板'))).toBe(template);
  });

  it('below ExcelApi 1.9 says what is needed and what to do instead, offering no template sheet', async () => {
    render(<App host={hostOn(workbook(), '1.8').host} locale="zh-CN" />);
    const dialog = await openGenerate();
    expect(within(dialog).queryByTestId('template-sheet-我的模板')).toBeNull();
    const note = within(dialog).getByTestId('template-sheets-need-api');
    expect(note).toHaveTextContent('“我的模板”、“坏模板”');
    expect(note).toHaveTextContent('ExcelApi 1.9');
    expect(note).toHaveTextContent('ptcheck generate --template');
  });
});
