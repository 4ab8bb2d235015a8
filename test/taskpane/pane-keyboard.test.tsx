/**
 * @jest-environment jsdom
 *
 * The pane from the keyboard and for screen readers, as far as jsdom goes (Tabster's arrow keys between rows and the
 * single Tab stop need layout: they are tested in Chromium, test/e2e/pane-a11y.test.ts): focus back on the finding
 * after the waiver dialog, Enter, Home, End, Right, Escape, names in the pane's language, headings, live regions.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { findingByRule, findingRows, runCheck, sampleHost } from '../helpers/pane';
import type { WorkbookHost } from '../../src/hosts/workbook-host';

beforeEach(() => localStorage.clear());

// The whole pane in jsdom takes seconds per test on a loaded two-core machine: more than jest's default 5 s allows.
jest.setTimeout(20_000);

async function openWaive(rule: string): Promise<HTMLElement> {
  const waive = within(findingByRule(rule)).getByTestId('waive');
  waive.focus();
  fireEvent.click(waive);
  return screen.findByTestId('waive-reason');
}

describe('focus after the waiver dialog', () => {
  it('comes back to the finding when the dialog is cancelled', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    await openWaive('year/mismatch');
    // Role queries over the whole pane are slow in jsdom: the dialog's button is found by its text.
    const cancel = [...document.querySelectorAll<HTMLElement>('[role=dialog] button')].find((b) => b.textContent === '取消')!;
    fireEvent.click(cancel);
    await waitFor(() => expect(document.activeElement).toBe(findingByRule('year/mismatch')));
  });

  it('comes back to the finding when the waiver is saved', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    fireEvent.change(await openWaive('year/mismatch'), { target: { value: '经核实无误' } });
    fireEvent.click(screen.getByTestId('waive-confirm'));
    await waitFor(() => expect(findingByRule('year/mismatch')).toHaveAttribute('data-waived', 'true'));
    await waitFor(() => expect(document.activeElement).toBe(findingByRule('year/mismatch')));
  });

  it('goes to the finding now in its place when the waived one is hidden by the filters', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(screen.getByRole('switch', { name: '显示已忽略' }));
    const rows = findingRows();
    const index = rows.findIndex((r) => r.getAttribute('data-rule') === 'year/mismatch');
    const next = rows[index + 1];
    fireEvent.change(await openWaive('year/mismatch'), { target: { value: '经核实无误' } });
    fireEvent.click(screen.getByTestId('waive-confirm'));
    await waitFor(() => expect(findingRows().some((r) => r.getAttribute('data-rule') === 'year/mismatch')).toBe(false));
    await waitFor(() => expect(document.activeElement).toBe(next));
  });
});

describe('the keys of the findings list', () => {
  it('Enter on a finding selects its cell', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    const row = findingByRule('cost/exceeds-budget');
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    await waitFor(() => expect(fake.data.selection?.sheet).toBe('11.唐财建【2023】41号调整2022年产粮大县奖励资金（'));
    expect(fake.data.activeSheet).toBe('11.唐财建【2023】41号调整2022年产粮大县奖励资金（');
  });

  it('Home and End go to the first and the last finding', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    const rows = findingRows();
    rows[5].focus();
    fireEvent.keyDown(rows[5], { key: 'End' });
    expect(document.activeElement).toBe(rows[rows.length - 1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(rows[0]);
  });

  it('Right enters a finding\'s buttons, Escape and Left come back, Down from a button goes to the next finding', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    const rows = findingRows();
    const index = rows.findIndex((r) => r.getAttribute('data-rule') === 'indicator/direction');
    const row = rows[index];
    row.focus();
    fireEvent.keyDown(row, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(within(row).getByTestId('apply'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(row);
    fireEvent.keyDown(row, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(row);
    fireEvent.keyDown(row, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[index + 1]);
  });
});

describe('what assistive technology is told', () => {
  it('a grid of findings, each named in the pane\'s language, with buttons that say which cell they act on', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    const grid = screen.getByTestId('finding-list');
    expect(grid).toHaveAttribute('role', 'grid');
    expect(grid).toHaveAttribute('aria-label', '问题列表');
    expect(document.getElementById(grid.getAttribute('aria-describedby')!)).toHaveTextContent('回车定位到单元格');
    const row = findingByRule('indicator/direction');
    expect(row).toHaveAttribute('role', 'row');
    expect(row).toHaveAttribute('aria-label', '警告，8.人防宣教、防空专业组训练、人防警报设备维保经费!E10：' + row.querySelector('[data-testid=go-to-cell]')!.textContent!.replace(/^警告E10/, '') + '；建议：≥9处');
    expect(within(row).getByTestId('apply')).toHaveAttribute('aria-label', '应用建议（E10）');
    expect(within(row).getByTestId('waive')).toHaveAttribute('aria-label', '忽略（E10）');
  });

  it('speaks English when Office does', async () => {
    render(<App host={sampleHost().host} locale="en-US" />);
    await runCheck();
    const row = findingByRule('indicator/direction');
    expect(row.getAttribute('aria-label')).toMatch(/^Warning, 8\.人防宣教、防空专业组训练、人防警报设备维保经费!E10: .+; Suggestion：≥9处$/);
    expect(within(row).getByTestId('waive')).toHaveAttribute('aria-label', 'Waive (E10)');
    expect(screen.getByTestId('finding-list')).toHaveAttribute('aria-label', 'Findings');
  });

  it('headings go down one level at a time: the title, a sheet, a project', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1] + 1)).toBe(true);
    expect(levels).toContain(3);
  });

  it('announces what a check found, each notice, and failures urgently', async () => {
    const { host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    const polite = screen.getByTestId('announce-polite');
    expect(polite).toHaveAttribute('aria-live', 'polite');
    expect(polite).toBeEmptyDOMElement();
    await runCheck();
    expect(polite).toHaveTextContent('找到 13 个项目表、1 个部门整体目标，错误 1 · 警告 4 · 提示 23');
    fireEvent.click(screen.getByTestId('mark'));
    await waitFor(() => expect(polite).toHaveTextContent(/已标记 \d+ 个单元格/));
    expect(screen.getByTestId('announce-urgent')).toBeEmptyDOMElement();
  });

  it('announces a failure in the urgent region', async () => {
    const { host } = sampleHost();
    const failing: WorkbookHost = Object.assign(Object.create(Object.getPrototypeOf(host)), host, {
      readGrid: () => Promise.reject(new Error('RichApi.Error')),
    });
    render(<App host={failing} locale="zh-CN" />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('check'));
    });
    await waitFor(() => expect(screen.getByTestId('announce-urgent')).toHaveTextContent('操作失败：RichApi.Error'));
    expect(screen.getByTestId('announce-urgent')).toHaveAttribute('aria-live', 'assertive');
  });
});
