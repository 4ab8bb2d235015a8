/** What the findings list shows, without React: filters, order, grouping, rule names, remembered choices. */
import { filtersFrom, findingId, groupFindings, passesFilters, ruleChoices, ruleLabel, SHOW_ALL, showingAll } from '../../src/taskpane/finding-view';
import type { ReviewedFinding } from '../../src/core/review/waivers';
import type { Severity } from '../../src/core/check/types';

function finding(cell: string, severity: Severity, rule = 'indicator/unit-missing', project = 'P1'): ReviewedFinding {
  return {
    rule,
    severity,
    sheet: 'S',
    cell,
    project,
    messageId: 'm',
    data: {},
    message: { 'zh-CN': cell, 'en-US': cell },
    field: `f:${cell}`,
    key: `${rule}|${project}|f:${cell}`,
  };
}

describe('the order within a project', () => {
  const findings = [finding('A1', 'info'), finding('B2', 'warning'), finding('C3', 'error'), finding('D4', 'info'), finding('E5', 'error')];

  it('puts errors first, then warnings, then info, keeping the cell order within each', () => {
    const [group] = groupFindings(findings, '部门整体', 'severity');
    expect(group.projects[0].findings.map((f) => f.cell)).toEqual(['C3', 'E5', 'B2', 'A1', 'D4']);
  });

  it('keeps the cells in sheet order when asked', () => {
    const [group] = groupFindings(findings, '部门整体', 'sheet');
    expect(group.projects[0].findings.map((f) => f.cell)).toEqual(['A1', 'B2', 'C3', 'D4', 'E5']);
  });

  it('never moves a finding to another project or sheet', () => {
    const mixed = [finding('A1', 'info', 'r', 'P1'), finding('A2', 'error', 'r', 'P2'), finding('A3', 'error', 'r', 'P1')];
    const [group] = groupFindings(mixed, '部门整体', 'severity');
    expect(group.projects.map((p) => [p.title, p.findings.map((f) => f.cell)])).toEqual([
      ['P1', ['A3', 'A1']],
      ['P2', ['A2']],
    ]);
  });
});

describe('the filters', () => {
  it('hide by severity, rule and waiver', () => {
    const waived = { ...finding('A1', 'error'), waiver: { key: 'k', rule: 'r', project: 'P1', field: 'f', reason: 'ok', at: '' } };
    expect(passesFilters(waived, SHOW_ALL)).toBe(true);
    expect(passesFilters(waived, { ...SHOW_ALL, showWaived: false })).toBe(false);
    expect(passesFilters(finding('A1', 'info'), { ...SHOW_ALL, severities: { error: true, warning: true, info: false } })).toBe(false);
    expect(passesFilters(finding('A1', 'info', 'x/y'), { ...SHOW_ALL, rule: 'x/z' })).toBe(false);
  });

  it('"show all" keeps the chosen order', () => {
    expect(showingAll({ ...SHOW_ALL, rule: 'x', showWaived: false, order: 'sheet' })).toEqual({ ...SHOW_ALL, order: 'sheet' });
  });

  it('tell apart two findings of one rule on one field', () => {
    const a = finding('A1', 'info');
    expect(findingId(a)).not.toBe(findingId({ ...a, cell: 'A2' }));
    expect(findingId(a)).not.toBe(findingId({ ...a, sheet: `${a.sheet} (2)` })); // the same project's generated copy
  });
});

describe('remembered choices read back', () => {
  it.each([undefined, null, 'text', 42, [], { severities: 'all' }, { order: 'random', showWaived: 'yes' }])('fall back to showing everything for %p', (saved) => {
    expect(filtersFrom(saved)).toEqual(SHOW_ALL);
  });

  it('keep what is well formed, and never the rule', () => {
    expect(filtersFrom({ severities: { info: false, bogus: true }, showWaived: false, order: 'sheet', rule: 'x/y' })).toEqual({
      severities: { error: true, warning: true, info: false },
      showWaived: false,
      order: 'sheet',
      rule: null,
    });
  });
});

describe('the rules to filter by', () => {
  it('are named by their description in the pane language, in the rules table order, with counts', () => {
    const findings = [finding('A1', 'info', 'indicator/unit-missing'), finding('A2', 'error', 'cost/exceeds-budget'), finding('A3', 'error', 'cost/exceeds-budget')];
    const choices = ruleChoices(findings, 'zh-CN');
    expect(choices.map((c) => [c.id, c.count])).toEqual([
      ['cost/exceeds-budget', 2],
      ['indicator/unit-missing', 1],
    ]);
    expect(choices[0].label).toBe('成本指标（换算为同一单位后）超过预算数');
    expect(ruleChoices(findings, 'en-US')[0].label).toBe('The cost indicators (in one unit) exceed the budget');
  });

  it('fall back to the id for a rule this version does not know', () => {
    expect(ruleLabel('future/rule', 'zh-CN')).toBe('future/rule');
    expect(ruleChoices([finding('A1', 'info', 'future/rule'), finding('A2', 'info', 'cost/exceeds-budget')], 'en-US').map((c) => c.id)).toEqual([
      'cost/exceeds-budget',
      'future/rule',
    ]);
  });
});

describe('the progress of a check', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { progressValue } = require('../../src/taskpane/use-review') as typeof import('../../src/taskpane/use-review');

  it('moves forward through reading the cells, finding the tables and running the rules', () => {
    const values = [
      progressValue({ phase: 'cells', done: 0, total: 100 }),
      progressValue({ phase: 'cells', done: 100, total: 100 }),
      progressValue({ phase: 'tables', done: 5, total: 10 }),
      progressValue({ phase: 'tables', done: 10, total: 10 }),
      progressValue({ phase: 'rules', done: 35, total: 70 }),
      progressValue({ phase: 'rules', done: 70, total: 70 }),
    ] as number[];
    expect(values.every((v, i) => i === 0 || v >= values[i - 1])).toBe(true);
    expect(values[0]).toBe(0);
    expect(values[values.length - 1]).toBe(1);
  });

  it('has no value while the sheets are counted, or for nonsense', () => {
    expect(progressValue(null)).toBeUndefined();
    expect(progressValue({ phase: 'sheets', done: 0, total: 3 })).toBeUndefined();
    expect(progressValue({ phase: 'rules', done: 5, total: 0 })).toBeUndefined();
    expect(progressValue({ phase: 'rules', done: 500, total: 70 })).toBe(1);
  });
});
