/**
 * @jest-environment jsdom
 *
 * 生成标准表 and 新建绩效目标表 in the pane, over the Excel host on the fake Excel: the preview before anything is
 * written, the new sheets (never over an existing one), a check afterwards, the form's messages, the keyboard, and an
 * Excel too old to write sheets.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { cellKey, newSheet } from '../../src/hosts/memory/workbook-data';
import { runCheck, sampleHost } from '../helpers/pane';
import type { FakeExcel } from '../../src/hosts/memory/fake-excel';

// Each test checks the sample workbook, generates 13 tables and checks again, in jsdom: on a 2-core machine running
// the suite in parallel that takes longer than jest's default 5 s.
jest.setTimeout(20_000);

beforeEach(() => localStorage.clear());

const SAMPLE_SHEETS = 14; // 13 project tables and the department-wide section

async function openGenerate(): Promise<HTMLElement> {
  fireEvent.click(screen.getByTestId('generate'));
  const dialog = await screen.findByTestId('generate-dialog');
  await within(dialog).findByTestId('generation-preview', {}, { timeout: 5000 });
  return dialog;
}

function previewNames(dialog: HTMLElement): string[] {
  return [...within(dialog).getByTestId('generation-sheets').querySelectorAll('li')].map((li) => li.textContent ?? '');
}

async function notice(): Promise<HTMLElement> {
  return waitFor(() => {
    const bar = screen.getByTestId('notice');
    expect(document.querySelector('main')).toHaveAttribute('data-busy', '');
    return bar;
  });
}

function cellText(fake: FakeExcel, sheet: string, row: number, col: number): unknown {
  return fake.data.sheets.find((s) => s.name === sheet)?.cells[cellKey(row, col)]?.value;
}

describe('生成标准表 in the pane', () => {
  it('shows what will be written before writing anything, reading the workbook first when no check ran', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    const dialog = await openGenerate();
    expect(fake.data.sheets).toHaveLength(SAMPLE_SHEETS);
    const names = previewNames(dialog);
    expect(names).toHaveLength(14); // 13 tables and the 生成说明
    expect(names[0]).toBe('1.2024年国动办机构运行费');
    expect(names[13]).toBe('生成说明');
    expect(within(dialog).getByTestId('generation-counts')).toHaveTextContent(/^13 个项目，\d+ 个指标$/);
    const notes = [...within(dialog).getByTestId('generation-notes').querySelectorAll('li')];
    // The cost above the budget is not something generation can settle: it is listed.
    expect(notes.some((li) => /11\.唐财建.*!E13：成本指标 ≤64万元 超过预算数 27\.01万元/.test(li.textContent ?? ''))).toBe(true);
    expect(within(dialog).getByText(/部门整体绩效目标.*没有对应的标准表模板/)).toBeInTheDocument();

    fireEvent.click(within(dialog).getByTestId('arrangement-stacked'));
    expect(previewNames(dialog)).toEqual(['标准绩效目标表', '生成说明']);
    fireEvent.click(within(dialog).getByTestId('template-summary'));
    expect(previewNames(dialog)).toEqual(['指标汇总表', '生成说明']);
    expect(within(dialog).queryByTestId('arrangement')).toBeNull(); // one summary sheet: nothing to arrange
    fireEvent.click(within(dialog).getByTestId('template-self-evaluation'));
    expect(previewNames(dialog)).toHaveLength(14);
    expect(fake.data.sheets).toHaveLength(SAMPLE_SHEETS); // still nothing written
  });

  it('writes the standard tables as new sheets, goes to the first, and the next check reads them like any table', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('找到 13 个项目表、1 个部门整体目标');
    const dialog = await openGenerate();
    const names = previewNames(dialog);
    fireEvent.click(within(dialog).getByTestId('generate-confirm'));
    const bar = await notice();
    expect(bar).toHaveTextContent('已添加 14 个工作表：“1.2024年国动办机构运行费”、“2.2024年救灾物资储存经费”、“3.2024年粮食购销领域监管信息化-储备粮库基础设施升级项目”……“生成说明”。');
    expect(fake.data.sheets.map((s) => s.name).slice(SAMPLE_SHEETS)).toEqual(names);
    expect(fake.data.activeSheet).toBe(names[0]);
    expect(cellText(fake, names[0], 0, 0)).toBe('2024年国动办机构运行费绩效目标表');

    fake.data.activeSheet = fake.data.sheets[0].name;
    fireEvent.click(within(bar).getByTestId('go-to-sheet'));
    await waitFor(() => expect(fake.data.activeSheet).toBe(names[0]));

    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('找到 26 个项目表、1 个部门整体目标');
    const sheets = new Set(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-sheet')));
    expect(sheets.has('生成说明')).toBe(false);
    // The generated copy of the table whose cost exceeds its budget still says so: generation fixes nothing silently.
    expect(screen.getAllByTestId('finding').filter((f) => f.getAttribute('data-rule') === 'cost/exceeds-budget')).toHaveLength(2);
  });

  it('gives no findings from the summary and notes sheets it wrote', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    const before = screen.getByTestId('summary').getAttribute('data-findings');
    const dialog = await openGenerate();
    fireEvent.click(within(dialog).getByTestId('template-summary'));
    fireEvent.click(within(dialog).getByTestId('generate-confirm'));
    expect(await notice()).toHaveTextContent('已添加 2 个工作表：“指标汇总表”、“生成说明”');
    expect(fake.data.sheets.find((s) => s.name === '指标汇总表')!.tables).toHaveLength(1);
    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('找到 13 个项目表、1 个部门整体目标');
    expect(screen.getByTestId('summary')).toHaveAttribute('data-findings', before);
    const sheets = screen.getAllByTestId('finding').map((f) => f.getAttribute('data-sheet'));
    expect(sheets).not.toContain('指标汇总表');
    expect(sheets).not.toContain('生成说明');
  });

  it('never writes over an existing sheet', async () => {
    const { fake, host } = sampleHost();
    const mine = newSheet('生成说明');
    mine.cells[cellKey(0, 0)] = { value: '我自己的说明' };
    fake.data.sheets.push(mine);
    render(<App host={host} locale="zh-CN" />);
    const dialog = await openGenerate();
    fireEvent.click(within(dialog).getByTestId('template-summary'));
    expect(previewNames(dialog)).toEqual(['指标汇总表', '生成说明 (2)']);
    fireEvent.click(within(dialog).getByTestId('generate-confirm'));
    expect(await notice()).toHaveTextContent('“生成说明 (2)”');
    expect(cellText(fake, '生成说明', 0, 0)).toBe('我自己的说明');
    expect(cellText(fake, '生成说明 (2)', 0, 0)).toBe('生成说明');
  });

  it('closes on Escape without writing, the focus back on 生成标准表', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    const button = screen.getByTestId('generate');
    button.focus();
    const dialog = await openGenerate();
    fireEvent.keyDown(within(dialog).getByTestId('generate-confirm'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('generate-dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(fake.data.sheets).toHaveLength(SAMPLE_SHEETS);
  });

  it('speaks English when Office does', async () => {
    render(<App host={sampleHost().host} locale="en-US" />);
    expect(screen.getByRole('button', { name: 'Generate tables' })).toBeInTheDocument();
    const dialog = await openGenerate();
    expect(within(dialog).getByRole('radio', { name: /Indicator summary/ })).toBeInTheDocument();
    expect(within(dialog).getByTestId('generation-counts')).toHaveTextContent(/^13 projects, \d+ indicators$/);
    expect(previewNames(dialog)[13]).toBe('Generation notes');
  });
});

function fill(values: Record<string, string>): void {
  for (const [id, value] of Object.entries(values)) fireEvent.change(screen.getByTestId(id), { target: { value } });
}

describe('新建绩效目标表 in the pane', () => {
  it('says what is wrong beside each field, in Chinese, and writes nothing', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    fireEvent.click(screen.getByTestId('new-table'));
    const dialog = await screen.findByTestId('new-table-dialog');
    fill({ 'new-budget': '二十', 'new-plan-0': '30', 'new-plan-1': '20', 'new-plan-3': '120', 'new-code': '1302-09' });
    fireEvent.click(within(dialog).getByTestId('new-table-confirm'));
    expect(await within(dialog).findByText('请填写项目名称')).toBeInTheDocument();
    expect(within(dialog).getByText('应为数字，如 20 或 20.5')).toBeInTheDocument();
    expect(within(dialog).getByText('累计比例不应小于前一期')).toBeInTheDocument();
    expect(within(dialog).getByText('累计支出超过预算：不能超过 100%')).toBeInTheDocument();
    expect(within(dialog).getByText('项目编码只能包含字母和数字')).toBeInTheDocument();
    // The first field in error takes the focus, and says why to screen readers.
    expect(document.activeElement).toBe(screen.getByTestId('new-name'));
    expect(screen.getByTestId('new-name')).toHaveAccessibleDescription('请填写项目名称');
    expect(screen.getByTestId('new-name')).toHaveAttribute('aria-invalid', 'true');

    fill({ 'new-name': '2025年测试项目', 'new-code': '', 'new-budget': '20', 'new-fiscal': '15', 'new-other': '', 'new-plan-1': '50', 'new-plan-3': '100' });
    fireEvent.click(within(dialog).getByTestId('new-table-confirm'));
    expect(await within(dialog).findByText('财政资金与其他资金之和（15.00）应等于预算数（20.00）')).toBeInTheDocument();
    expect(fake.data.sheets).toHaveLength(SAMPLE_SHEETS);
  });

  it('says the same in English', async () => {
    render(<App host={sampleHost().host} locale="en-US" />);
    fireEvent.click(screen.getByTestId('new-table'));
    const dialog = await screen.findByTestId('new-table-dialog');
    expect(within(dialog).getByRole('combobox', { name: 'Kind of project' })).toHaveDisplayValue('机构运行 (Running an institution)');
    fill({ 'new-name': 'x', 'new-budget': '10', 'new-fiscal': '12' });
    fireEvent.click(within(dialog).getByTestId('new-table-confirm'));
    expect(await within(dialog).findByText('Fiscal funds cannot exceed the budget')).toBeInTheDocument();
  });

  it('writes one new table from the library, says what is left to fill, and the next check reads it', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    const button = screen.getByTestId('new-table');
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByTestId('new-table-dialog');
    expect(within(dialog).getByRole('combobox', { name: '项目类型' })).toHaveDisplayValue('机构运行');
    fireEvent.change(within(dialog).getByTestId('new-kind'), { target: { value: 'training' } });
    fill({
      'new-name': '2025年人防宣传培训经费',
      'new-code': '13020925P00071310099A',
      'new-budget': '20',
      'new-fiscal': '20',
      'new-year': '2025',
      'new-plan-0': '25',
      'new-plan-1': '50',
      'new-plan-2': '75',
      'new-plan-3': '100',
      'new-goal': '完成年度人防宣传和培训任务',
    });
    fireEvent.change(within(dialog).getByTestId('new-framework'), { target: { value: '2015' } });
    fireEvent.click(within(dialog).getByTestId('new-table-confirm'));
    const bar = await notice();
    expect(bar).toHaveTextContent('已新建工作表“2025年人防宣传培训经费”。其中 2 个指标值标为“**”，请填写后再检查。');
    await waitFor(() => expect(document.activeElement).toBe(button));
    const sheet = fake.data.sheets[SAMPLE_SHEETS];
    expect(sheet.name).toBe('2025年人防宣传培训经费');
    expect(fake.data.activeSheet).toBe(sheet.name);
    const values = Object.values(sheet.cells).map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['2025年人防宣传培训经费绩效目标表', '13020925P00071310099A', '≥**人次', '≤20万元', 20]));

    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('找到 14 个项目表');
    const prompts = screen.getAllByTestId('finding').filter((f) => f.getAttribute('data-sheet') === sheet.name && f.getAttribute('data-rule') === 'text/template-prompt');
    expect(prompts.length).toBeGreaterThan(0);
  });
});

describe('the department\'s own indicator library in 新建', () => {
  /** A library sheet as departments keep one: a title, the header, a type written once over its rows. */
  function withLibrarySheet(fake: FakeExcel): void {
    const sheet = newSheet('指标库');
    const rows = [
      ['某局指标库'],
      ['项目类型', '一级指标', '二级指标', '三级指标', '指标值'],
      ['会议费', '产出指标', '数量指标', '召开会议次数', '≥4次'],
      [null, '产出指标', '质量指标', '会议纪要印发率', '=100%'],
      [null, '产出指标', '时效指标', '会议按期召开率', '=100%'],
      [null, '成本指标', '经济成本指标', '会议费支出', '≤{budget}万元'],
      [null, '效益指标', '社会效益指标', '会议决定事项落实率', '≥95%'],
      [null, '满意度指标', '服务对象满意度指标', '参会人员满意度', '≥90%'],
      [null, '管理指标', '制度建设', '制度健全性', '健全'],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && (sheet.cells[cellKey(r, c)] = { value })));
    fake.data.sheets.push(sheet);
  }

  it('offers the kinds of a library sheet in the workbook, says what it could not load, and writes a table from it', async () => {
    const { fake, host } = sampleHost();
    withLibrarySheet(fake);
    render(<App host={host} locale="zh-CN" />);
    fireEvent.click(screen.getByTestId('new-table'));
    const dialog = await screen.findByTestId('new-table-dialog');
    const notes = await within(dialog).findAllByTestId('library-note');
    expect(notes.map((n) => n.textContent)).toEqual([
      '已从本工作簿：指标库载入 1 个项目类型',
      '本工作簿：指标库：有 1 处未能载入，如：B9 一级指标“管理指标”不是产出、成本、效益、满意度指标之一，此行未载入',
    ]);
    const select = within(dialog).getByTestId('new-kind') as HTMLSelectElement;
    const group = select.querySelector('optgroup[label="本工作簿：指标库"]')!;
    expect([...group.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['会议费']);
    fireEvent.change(select, { target: { value: group.querySelector('option')!.value } });
    fill({ 'new-name': '2025年会议费', 'new-budget': '12', 'new-fiscal': '12', 'new-year': '2025', 'new-plan-0': '25', 'new-plan-1': '50', 'new-plan-2': '75', 'new-plan-3': '100', 'new-goal': '按计划召开业务会议' });
    fireEvent.click(within(dialog).getByTestId('new-table-confirm'));
    await notice();
    const written = fake.data.sheets.find((s) => s.name === '2025年会议费')!;
    const values = Object.values(written.cells).map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['召开会议次数', '会议按期召开率', '≤12万元', '参会人员满意度']));
    // The library sheet is no table: the next check finds the 13 sample tables and the new one, nothing on 指标库.
    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('找到 14 个项目表');
    expect(screen.queryAllByTestId('finding').filter((f) => f.getAttribute('data-sheet') === '指标库')).toEqual([]);
  });

  it('loads a library from a JSON file the user picks, and names a file that is not one', async () => {
    const { host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    fireEvent.click(screen.getByTestId('new-table'));
    const dialog = await screen.findByTestId('new-table-dialog');
    const input = within(dialog).getByTestId('library-file');
    const json = JSON.stringify({ kinds: [{ name: '档案数字化', indicators: [{ 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '数字化卷数', 指标值: '**' }] }] });
    fireEvent.change(input, { target: { files: [new File([json], 'lib.json', { type: 'application/json' })] } });
    // The file is read asynchronously (File.text): allow for a loaded machine, as findByText's 1 s default does not.
    expect(await within(dialog).findByText('已从文件：lib.json载入 1 个项目类型', undefined, { timeout: 5000 })).toBeInTheDocument();
    const select = within(dialog).getByTestId('new-kind') as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe('档案数字化');
    fireEvent.change(input, { target: { files: [new File(['{ not json'], 'bad.json')] } });
    expect(await within(dialog).findByText(/文件：bad\.json：有 1 处未能载入，如：bad\.json “bad\.json”不是有效的 JSON/, undefined, { timeout: 5000 })).toBeInTheDocument();
  });
});

describe('an Excel that cannot write generated sheets', () => {
  it('disables both buttons and names what is missing', () => {
    render(<App host={sampleHost('1.1').host} locale="zh-CN" />);
    for (const id of ['generate', 'new-table']) {
      const button = screen.getByTestId(id);
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription('此版本的 Excel 无法写入生成的工作表（合并单元格、列宽和行高需要 ExcelApi 1.2）。');
      fireEvent.click(button);
    }
    expect(screen.queryByTestId('generate-dialog')).toBeNull();
    expect(screen.queryByTestId('new-table-dialog')).toBeNull();
  });
});
