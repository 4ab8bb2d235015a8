/**
 * The two real published workbooks: the checker names the real problems their README lists, and stays quiet on what
 * is merely unusual but correct (totals as formulas, ≧, rates stored as decimals: at most info).
 */
import * as path from 'path';
import { readWorkbook } from '../../../src/core/read';
import { runChecks } from '../../../src/core/check/engine';
import { readGrid, REALWORLD, sharedAvailable } from '../../helpers/samples';

const WUHAN = path.join(REALWORLD, 'wuhan-2020-project-application.xlsx');
const ZHANJIANG = path.join(REALWORLD, 'zhanjiang-2024-department-targets.xlsx');

function errorsAndWarnings(file: string): string[] {
  const { findings, failures } = runChecks(readWorkbook(readGrid(file)));
  expect(failures).toEqual([]);
  return findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${f.cell}`);
}

describe('real workbook: Wuhan project application form', () => {
  const available = sharedAvailable(WUHAN, 'real workbook (Wuhan application form)');
  const it = available ? test : test.skip;

  it('reports the missing code, the two-value cells, the empty cost row and an unquantified coverage', () => {
    expect(errorsAndWarnings(WUHAN)).toEqual([
      'error required/fields F2', // 项目代码 left empty
      'warning indicator/several-values F37',
      'warning indicator/several-values F38',
      'warning indicator/several-values F39',
      'warning indicator/several-values F40',
      'warning taxonomy/output-categories D47', // the template's 成本指标 row left empty
      'warning indicator/unquantified F49', // 提高全民参保覆盖面: 按时办结
    ]);
  });

  it('stays quiet on the formula totals and the percent-formatted decimals, and marks the approximation as info', () => {
    const { findings } = runChecks(readWorkbook(readGrid(WUHAN)));
    // The formula totals add up (the form states no money unit at all: that hint, at info, is another matter).
    expect(findings.filter((f) => f.rule.startsWith('money/') && f.rule !== 'money/unit-written')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'money/unit-written').map((f) => [f.severity, f.cell])).toEqual([['info', 'F8']]);
    expect(findings.filter((f) => ['F44', 'F45', 'F52'].includes(f.cell) && f.severity !== 'info')).toEqual([]);
    expect(findings.find((f) => f.cell === 'F41' && f.rule === 'indicator/approximate')?.severity).toBe('info');
    expect(findings.find((f) => f.cell === 'F46')).toMatchObject({ rule: 'indicator/in-sentence', severity: 'info' });
  });
});

describe('real workbook: Zhanjiang department-wide targets', () => {
  const available = sharedAvailable(ZHANJIANG, 'real workbook (Zhanjiang department-wide table)');
  const it = available ? test : test.skip;

  it('reports the misplaced level 2, the vague and unquantified values and the low satisfaction target', () => {
    expect(errorsAndWarnings(ZHANJIANG)).toEqual([
      'error taxonomy/level2-mismatch C28', // 质量指标 under 效益指标
      'warning indicator/vague E28', // 不低于上年度水平
      'warning indicator/unquantified E31', // 基层服务覆盖范围: 湛江市基层
      'warning indicator/satisfaction-low E34', // 群众满意度 ≥75%
    ]);
  });

  it('keeps ≧, the unit in the name, 服务对象 and 保持稳定 at info at most, and the budget balanced', () => {
    const { findings } = runChecks(readWorkbook(readGrid(ZHANJIANG)));
    const at = (cell: string) => findings.filter((f) => f.cell === cell).map((f) => `${f.severity} ${f.rule}`);
    expect(at('E24')).toEqual(['info indicator/full-width']);
    expect(at('E18')).toEqual(['info indicator/comparator-missing']);
    expect(at('C34')).toEqual(['info taxonomy/nonstandard-name']);
    expect(at('E33')).toEqual(['info indicator/unmeasurable']);
    expect(findings.filter((f) => f.rule.startsWith('department/'))).toEqual([]);
  });
});
