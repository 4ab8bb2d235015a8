/**
 * @jest-environment jsdom
 *
 * The findings as a reviewer works through them: errors first (or the sheet's order, remembered), waived findings
 * that stay readable, rules named by what they find, suggestions that say they were applied without making the
 * results stale, filters that say what they hide, and 标记 that says which findings it marked.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { App } from '../../src/taskpane/App';
import { SEVERITY_RANK, type Severity } from '../../src/core/check/types';
import { cellKey } from '../../src/hosts/memory/workbook-data';
import { findingByRule, findingRows, runCheck, sampleHost } from '../helpers/pane';

beforeEach(() => localStorage.clear());

// The whole pane in jsdom takes seconds per test on a loaded two-core machine: more than jest's default 5 s allows.
jest.setTimeout(20_000);

const PROJECT_11 = '13020923P00042110011E';

function projectRows(project: string): { rule: string | null; cell: string | null; severity: string | null }[] {
  return findingRows()
    .filter((f) => f.getAttribute('data-project') === project)
    .map((f) => ({ rule: f.getAttribute('data-rule'), cell: f.getAttribute('data-cell'), severity: f.getAttribute('data-severity') }));
}

/** True when, within every project, no finding is listed after a less severe one. */
function errorsFirstEverywhere(): boolean {
  const rows = findingRows();
  return rows.every((row, i) => {
    const before = rows[i - 1];
    if (!before || before.getAttribute('data-project') !== row.getAttribute('data-project') || before.getAttribute('data-sheet') !== row.getAttribute('data-sheet')) return true;
    return SEVERITY_RANK[before.getAttribute('data-severity') as Severity] <= SEVERITY_RANK[row.getAttribute('data-severity') as Severity];
  });
}

/** The style rules (Griffel's atomic classes) that apply to an element through its classes. */
function cssRulesOf(element: HTMLElement): string[] {
  const classes = [...element.classList];
  const rules: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      const text = rule.cssText;
      if (classes.some((c) => text.startsWith(`.${c}{`) || text.startsWith(`.${c} {`))) rules.push(text);
    }
  }
  return rules;
}

describe('the order of the findings', () => {
  it('lists errors first within a project, and the cells in sheet order on request, and remembers the choice', async () => {
    const first = render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getByTestId('order-severity')).toBeChecked();
    expect(errorsFirstEverywhere()).toBe(true);
    expect(projectRows(PROJECT_11).map((r) => r.rule)).toEqual(['cost/exceeds-budget', 'indicator/comparator-missing']);

    fireEvent.click(screen.getByTestId('order-sheet'));
    expect(projectRows(PROJECT_11).map((r) => r.cell)).toEqual(['E10', 'E13']);
    expect(errorsFirstEverywhere()).toBe(false);
    first.unmount();

    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getByTestId('order-sheet')).toBeChecked();
    expect(projectRows(PROJECT_11).map((r) => r.cell)).toEqual(['E10', 'E13']);
  });
});

describe('waived findings', () => {
  it('carry a badge that says 已忽略, and keep their text as it was', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(within(findingByRule('year/mismatch')).getByTestId('waive'));
    fireEvent.change(await screen.findByTestId('waive-reason'), { target: { value: '经核实无误' } });
    fireEvent.click(screen.getByTestId('waive-confirm'));
    await waitFor(() => expect(findingByRule('year/mismatch')).toHaveAttribute('data-waived', 'true'));
    const row = findingByRule('year/mismatch');
    expect(within(row).getByTestId('waived-badge')).toHaveTextContent('已忽略');
    expect(row).toHaveTextContent('指标描述中写的是 2023 年');
    // Faded text was what made waived findings hard to read: the row is set apart otherwise.
    expect(cssRulesOf(row).join('\n')).not.toMatch(/opacity/);
    expect(cssRulesOf(row).join('\n')).toMatch(/background-color/);
    expect(findingRows().filter((f) => f.querySelector('[data-testid=waived-badge]'))).toHaveLength(1);
  });
});

describe('the rule filter', () => {
  it.each([
    ['zh-CN', '成本指标（换算为同一单位后）超过预算数', '全部规则'],
    ['en-US', 'The cost indicators (in one unit) exceed the budget', 'All rules'],
  ] as const)('names each rule by its description in %s, and filters by it', async (locale, description, all) => {
    render(<App host={sampleHost().host} locale={locale} />);
    await runCheck();
    const dropdown = screen.getByTestId('filter-rule');
    expect(dropdown).toHaveTextContent(all);
    fireEvent.click(dropdown);
    // Role queries over the whole pane are slow in jsdom: the listbox and its options are found by their roles' attributes.
    const listbox = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role=listbox]');
      expect(found).not.toBeNull();
      return found!;
    });
    const options = [...listbox.querySelectorAll<HTMLElement>('[role=option]')];
    // Every option but 全部规则 is a sentence, none an id such as cost/exceeds-budget.
    expect(options.slice(1).every((o) => !/^[a-z0-9-]+\/[a-z0-9-]+/.test(o.textContent ?? ''))).toBe(true);
    const cost = options.find((o) => o.getAttribute('data-rule') === 'cost/exceeds-budget')!;
    expect(cost).toHaveTextContent(description);
    fireEvent.click(cost);
    await waitFor(() => expect(findingRows().map((f) => f.getAttribute('data-rule'))).toEqual(['cost/exceeds-budget']));
    expect(screen.getByTestId('filter-rule')).toHaveTextContent(description);
    // Opening Fluent's dropdown takes jsdom a second or two; more on a loaded machine.
  }, 20_000);
});

describe('a suggestion applied', () => {
  it('says so on its finding, offers 撤销 instead of 应用建议, and leaves the results current', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    const sheet = fake.data.sheets.find((s) => s.name === '8.人防宣教、防空专业组训练、人防警报设备维保经费')!;
    fireEvent.click(within(findingByRule('indicator/direction')).getByTestId('apply'));
    await waitFor(() => expect(findingByRule('indicator/direction')).toHaveAttribute('data-applied', 'true'));
    expect(sheet.cells[cellKey(9, 4)].value).toBe('≥9处');
    const row = findingByRule('indicator/direction');
    expect(within(row).getByTestId('applied')).toHaveTextContent('已应用建议');
    expect(within(row).queryByTestId('apply')).toBeNull();
    expect(screen.getByTestId('undo')).toBeInTheDocument();
    // The change event of the add-in's own write arrives after the batch: it must not make the results stale.
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByTestId('stale')).toBeNull();

    fireEvent.click(within(row).getByTestId('undo-applied'));
    await waitFor(() => expect(within(findingByRule('indicator/direction')).getByTestId('apply')).toBeInTheDocument());
    expect(sheet.cells[cellKey(9, 4)].value).toBe('≤9处');
    expect(findingByRule('indicator/direction')).not.toHaveAttribute('data-applied');
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByTestId('stale')).toBeNull();

    // The user's own edit still does.
    await act(async () => {
      fake.userEdit(sheet.name, 9, 4, '≥10处');
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(await screen.findByTestId('stale')).toBeInTheDocument();
  });

  it('is refused, saying so and offering 重新检查, when its cell changed since the check; the user\'s text stays', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    const sheet = fake.data.sheets.find((s) => s.name === '8.人防宣教、防空专业组训练、人防警报设备维保经费')!;
    await act(async () => {
      fake.userEdit(sheet.name, 9, 4, '≥12处');
      await new Promise((r) => setTimeout(r, 10));
    });
    fireEvent.click(within(findingByRule('indicator/direction')).getByTestId('apply'));
    const notice = await screen.findByTestId('notice');
    expect(notice).toHaveTextContent('未写入：E10 的内容在检查后已改变（现为“≥12处”）');
    expect(sheet.cells[cellKey(9, 4)].value).toBe('≥12处');
    expect(findingByRule('indicator/direction')).not.toHaveAttribute('data-applied');
    const checks = Number(document.querySelector('main')!.getAttribute('data-checks'));
    fireEvent.click(within(notice).getByTestId('notice-recheck'));
    await waitFor(() => expect(document.querySelector('main')).toHaveAttribute('data-checks', String(checks + 1)));
    // The user's ≥12处 is what the check now reads: the direction finding is gone.
    const directions = [...document.querySelectorAll('[data-testid=finding][data-rule="indicator/direction"]')];
    expect(directions.filter((f) => f.getAttribute('data-sheet') === sheet.name)).toEqual([]);
  });
});

describe('the severity filters', () => {
  it('look on or off beyond a pressed state: a tick when shown, struck through when hidden', async () => {
    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    const info = screen.getByTestId('filter-info');
    expect(info).toHaveAttribute('aria-pressed', 'true');
    expect(info.querySelector('svg')).not.toBeNull();
    const onClass = info.className;
    fireEvent.click(info);
    expect(info).toHaveAttribute('aria-pressed', 'false');
    expect(info.querySelector('svg')).toBeNull();
    expect(info.className).not.toBe(onClass);
  });

  it('say how many findings a remembered filter hides, with a way to show them all', async () => {
    const first = render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    expect(screen.queryByTestId('hidden-by-filters')).toBeNull();
    fireEvent.click(screen.getByTestId('filter-info'));
    first.unmount();

    render(<App host={sampleHost().host} locale="zh-CN" />);
    await runCheck();
    const total = 28;
    const shown = findingRows().length;
    expect(shown).toBeLessThan(total);
    expect(screen.getByTestId('hidden-by-filters')).toHaveTextContent(`已隐藏 ${total - shown} 项（筛选）`);
    fireEvent.click(screen.getByTestId('show-all'));
    expect(findingRows()).toHaveLength(total);
    expect(screen.queryByTestId('hidden-by-filters')).toBeNull();
    expect(screen.getByTestId('filter-info')).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('标记 with filters', () => {
  function markedCells(fake: ReturnType<typeof sampleHost>['fake']): string[] {
    return fake.data.notes.map((n) => `${n.sheet}!${n.cell}`).sort();
  }

  it('marks every open finding when nothing is hidden, and says nothing about filters', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    expect(screen.getByTestId('mark')).toHaveTextContent(/^标记$/);
    fireEvent.click(screen.getByTestId('mark'));
    const notice = await screen.findByTestId('notice', {}, { timeout: 5000 });
    expect(notice).toHaveTextContent(/已标记 \d+ 个单元格/);
    expect(notice).not.toHaveTextContent('筛选');
    const cells = new Set(findingRows().map((f) => `${f.getAttribute('data-sheet')}!${f.getAttribute('data-cell')}`));
    expect(markedCells(fake)).toEqual([...cells].sort());
  });

  it('marks only the shown findings when filters hide some, and says so on the button and in the notice', async () => {
    const { fake, host } = sampleHost();
    render(<App host={host} locale="zh-CN" />);
    await runCheck();
    fireEvent.click(screen.getByTestId('filter-info'));
    const shown = findingRows();
    expect(screen.getByTestId('mark')).toHaveTextContent(`标记显示的 ${shown.length} 项`);
    fireEvent.click(screen.getByTestId('mark'));
    const notice = await screen.findByTestId('notice', {}, { timeout: 5000 });
    expect(notice).toHaveTextContent(`只标记了筛选后显示的 ${shown.length} 个问题，另有 ${28 - shown.length} 个被筛选隐藏，没有标记。`);
    expect(markedCells(fake)).toEqual([...new Set(shown.map((f) => `${f.getAttribute('data-sheet')}!${f.getAttribute('data-cell')}`))].sort());
  });

  it('cannot mark when the filters show nothing to mark', async () => {
    render(<App host={sampleHost().host} locale="en-US" />);
    await runCheck();
    for (const s of ['error', 'warning', 'info']) fireEvent.click(screen.getByTestId(`filter-${s}`));
    expect(screen.getByTestId('mark')).toBeDisabled();
    expect(screen.getByTestId('mark')).toHaveTextContent('Mark the 0 shown');
    expect(screen.getByTestId('hidden-by-filters')).toHaveTextContent('28 hidden by filters');
  });
});
