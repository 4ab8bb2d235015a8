/**
 * @jest-environment jsdom
 *
 * The task pane as a component, over the Excel host on the fake Excel: what it shows before and after a check,
 * filters, the waiver dialog, errors, languages, old Excel versions.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { ExcelWorkbookHost } from '../../src/hosts/excel/excel-host';
import { FakeExcel } from '../../src/hosts/memory/fake-excel';
import { cellKey, emptyWorkbook, newSheet, workbookFromGrid } from '../../src/hosts/memory/workbook-data';
import { readGrid, SAMPLE_PER_SHEET } from '../helpers/samples';
import type { WorkbookHost } from '../../src/hosts/workbook-host';
import { waiversFromXml } from '../../src/core/review/waiver-store';

// The pane remembers filters in localStorage: every test starts from a fresh profile.
beforeEach(() => localStorage.clear());

function sampleHost(version = '1.18'): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const fake = new FakeExcel(workbookFromGrid(readGrid(SAMPLE_PER_SHEET)), version);
  return { fake, host: new ExcelWorkbookHost(fake.environment) };
}

async function runCheck(): Promise<void> {
  fireEvent.click(screen.getByTestId('check'));
  await waitFor(() => expect(screen.getByTestId('summary')).toBeInTheDocument(), { timeout: 5000 });
}

describe('the review pane', () => {
  it('explains what it does before the first check', () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    expect(screen.getByRole('heading', { name: '绩效目标表审核' })).toBeInTheDocument();
    expect(screen.getByText(/数据只在本机处理/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '标记' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '生成审核报告' })).toBeDisabled();
  });

  it('lists every finding after 检查, grouped by sheet and project', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('找到 13 个项目表、1 个部门整体目标');
    expect(screen.getAllByTestId('finding')).toHaveLength(28);
    const cost = screen.getAllByTestId('finding').find((f) => f.getAttribute('data-rule') === 'cost/exceeds-budget')!;
    expect(cost).toHaveAttribute('data-sheet', '11.唐财建【2023】41号调整2022年产粮大县奖励资金（');
    expect(cost).toHaveTextContent('成本指标 ≤64万元 超过预算数 27.01万元');
    // The sheet's heading (level 2, under the pane's title) comes before its findings.
    const sheetHeading = [...document.querySelectorAll('h2')].find((h) => h.textContent === '工作表 11.唐财建【2023】41号调整2022年产粮大县奖励资金（')!;
    expect(sheetHeading.compareDocumentPosition(cost) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByTestId('finding-list')).toHaveAttribute('data-count', '28');
    // Role queries over the long list are slow in jsdom: the toolbar's buttons are found by their test ids here.
    expect(screen.getByTestId('mark')).toBeEnabled();
    expect(screen.getByTestId('mark')).toHaveTextContent('标记');
  });

  it('shows the progress bar while it checks, then the results', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    fireEvent.click(screen.getByTestId('check'));
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('summary')).toBeInTheDocument(), { timeout: 5000 });
    expect(screen.queryByTestId('progress')).toBeNull();
    expect(screen.getByTestId('finding-list')).toHaveAttribute('data-count', '28');
  });

  it('filters by severity and by rule', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(screen.getByTestId('filter-info'));
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-severity')).sort()).toEqual(['error', 'warning', 'warning', 'warning', 'warning']);
    fireEvent.click(screen.getByTestId('filter-warning'));
    expect(screen.getAllByTestId('finding').map((f) => f.getAttribute('data-rule'))).toEqual(['cost/exceeds-budget']);
    fireEvent.click(screen.getByTestId('filter-error'));
    expect(screen.getByText('没有符合筛选条件的问题。')).toBeInTheDocument();
  });

  it('will not waive without a reason, and shows the waiver once given', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    const target = screen.getAllByTestId('finding').find((f) => f.getAttribute('data-rule') === 'year/mismatch')!;
    fireEvent.click(within(target).getByTestId('waive'));
    fireEvent.click(await screen.findByTestId('waive-confirm'));
    expect(await screen.findByText('请填写忽略原因')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('waive-reason'), { target: { value: '经核实无误' } });
    fireEvent.click(screen.getByTestId('waive-confirm'));
    await waitFor(() => expect(screen.getAllByTestId('finding').find((f) => f.getAttribute('data-rule') === 'year/mismatch')).toHaveAttribute('data-waived', 'true'));
    expect(waiversFromXml(fake.data.customXmlParts![0].xml)[0]).toMatchObject({ rule: 'year/mismatch', reason: '经核实无误' });
  });

  it('shows an unwaived finding as open again at once, and forgets the waiver in the workbook', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    const yearFinding = (): HTMLElement => screen.getAllByTestId('finding').find((f) => f.getAttribute('data-rule') === 'year/mismatch')!;
    fireEvent.click(within(yearFinding()).getByTestId('waive'));
    fireEvent.change(await screen.findByTestId('waive-reason'), { target: { value: '经核实无误' } });
    fireEvent.click(screen.getByTestId('waive-confirm'));
    await waitFor(() => expect(yearFinding()).toHaveAttribute('data-waived', 'true'));
    fireEvent.click(within(yearFinding()).getByRole('button', { name: '取消忽略（D12）' }));
    await waitFor(() => expect(yearFinding()).not.toHaveAttribute('data-waived', 'true'));
    expect(within(yearFinding()).queryByTestId('waiver-reason')).toBeNull();
    expect(waiversFromXml(fake.data.customXmlParts![0].xml)).toEqual([]);
  });

  it('says so when the workbook holds no target table', async () => {
    const data = emptyWorkbook();
    const sheet = newSheet('杂项');
    sheet.cells[cellKey(0, 0)] = { value: '会议纪要' };
    data.sheets.push(sheet);
    const fake = new FakeExcel(data);
    render(<App host={new ExcelWorkbookHost(fake.environment)} locale="zh-CN" />);
    fireEvent.click(screen.getByTestId('check'));
    expect(await screen.findByTestId('no-tables')).toHaveTextContent('没有在本工作簿中找到绩效目标表');
  });

  it('shows a failure as a message, never a blank pane', async () => {
    const { host } = sampleHost();
    const failing: WorkbookHost = Object.assign(Object.create(Object.getPrototypeOf(host)), host, {
      readGrid: () => Promise.reject(new Error('RichApi.Error: The request payload size has exceeded the limit')),
    });
    render(<App host={failing} locale="zh-CN" />);
    fireEvent.click(screen.getByTestId('check'));
    expect(await screen.findByTestId('notice')).toHaveTextContent('操作失败：RichApi.Error: The request payload size has exceeded the limit');
    expect(screen.getByTestId('check')).toBeEnabled();
  });

  it('shows cell text with HTML in it as text', async () => {
    const data = emptyWorkbook();
    const sheet = newSheet('注入');
    const html = '<img src=x onerror=alert(1)>';
    [['项目名称', html], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', html, html]].forEach((row, r) =>
      row.forEach((value, c) => (sheet.cells[cellKey(r, c)] = { value })),
    );
    data.sheets.push(sheet);
    const fake = new FakeExcel(data);
    const { container } = render(<App host={new ExcelWorkbookHost(fake.environment)} locale="zh-CN" />);
    await runCheck();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText(new RegExp(html.replace(/[()]/g, '\\$&'))).length).toBeGreaterThan(0);
  });

  it('speaks English when Office does', async () => {
    render(<App host={sampleHost().host} locale="en-US" />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeInTheDocument();
    await runCheck();
    expect(screen.getByTestId('summary')).toHaveTextContent('13 project tables and 1 department-wide section found');
    expect(screen.getAllByTestId('finding')[0]).toHaveTextContent(/The unit "万" in the cost value/);
  });

  it('tells the user of an old Excel that it cannot mark cells', async () => {
    render(<App host={sampleHost('1.5').host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getByTestId('mark')).toBeDisabled();
    expect(screen.getByTestId('clear-marks')).toBeDisabled();
    expect(screen.getByTestId('report')).toBeEnabled();
  });

  it('says which sheet is protected, and marks the rest', async () => {
    const { fake, host } = sampleHost();
    const locked = '11.唐财建【2023】41号调整2022年产粮大县奖励资金（';
    fake.data.sheets.find((s) => s.name === locked)!.protected = true;
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(screen.getByTestId('mark'));
    const notice = await screen.findByTestId('notice', {}, { timeout: 5000 });
    expect(notice).toHaveTextContent(`工作表 “${locked}” 受保护，其中的问题未标记`);
    expect(notice).toHaveTextContent(/已标记 \d+ 个单元格/);
    expect(fake.data.notes.some((n) => n.sheet === locked)).toBe(false);
    expect(fake.data.notes.length).toBeGreaterThan(0);
  });

  it('says which sheet Excel refused for another reason, without calling it protected', async () => {
    const { fake, host } = sampleHost();
    const refused = '11.唐财建【2023】41号调整2022年产粮大县奖励资金（';
    fake.fault = (operation, sheet) => {
      if (sheet === refused && operation === 'addNote') throw new Error('GeneralException');
    };
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(screen.getByTestId('mark'));
    const notice = await screen.findByTestId('notice', {}, { timeout: 5000 });
    expect(notice).toHaveTextContent(`Excel 不接受在工作表 “${refused}” 中添加标记，该表已保持原样`);
    expect(notice).not.toHaveTextContent('受保护');
    expect(fake.data.sheets.find((s) => s.name === refused)!.conditionalFormats).toEqual([]);
  });

  it('marks the results stale when the user changes the workbook', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    expect(screen.queryByTestId('stale')).toBeNull();
    await act(async () => {
      fake.userEdit('1.国动办机构运行费', 9, 4, '≥2批');
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(await screen.findByTestId('stale')).toHaveTextContent('工作簿已修改');
  });
});

describe('the error boundary', () => {
  it('shows a message instead of a blank pane when rendering fails', () => {
    const Broken = (): never => {
      throw new Error('boom');
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary locale="zh-CN">
        <Broken />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    expect(screen.getByRole('alert')).toHaveTextContent('审核面板出现意外错误');
  });
});

describe('remembered choices', () => {
  it('keeps the severity filters for the next time the pane opens', async () => {
    localStorage.clear();
    const first = render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(screen.getByTestId('filter-info'));
    expect(screen.getAllByTestId('finding')).toHaveLength(5);
    first.unmount();
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getAllByTestId('finding')).toHaveLength(5);
    expect(screen.getByTestId('filter-info')).toHaveAttribute('aria-pressed', 'false');
    localStorage.clear();
  });
});

describe('grouping', () => {
  it('names a project by name and code, once when it has no code', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { groupFindings } = require('../../src/taskpane/finding-view') as typeof import('../../src/taskpane/finding-view');
    const base = { rule: 'r', severity: 'info' as const, cell: 'A1', messageId: 'm', data: {}, message: { 'zh-CN': '', 'en-US': '' }, field: 'f', key: 'k' };
    const groups = groupFindings(
      [
        { ...base, sheet: 'S', project: 'P1', projectName: '甲' },
        { ...base, sheet: 'S', project: '专项资金', projectName: '专项资金' },
        { ...base, sheet: 'T' },
      ],
      '部门整体',
    );
    expect(groups.map((g) => [g.sheet, g.projects.map((p) => p.title)])).toEqual([
      ['S', ['甲 · P1', '专项资金']],
      ['T', ['部门整体']],
    ]);
  });
});
