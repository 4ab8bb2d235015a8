/**
 * The 13 tables of the 2024 example, reviewed by hand: this is the exact list of what the checker must say about
 * them (and the README shows it). Everything not listed here is correct and must stay quiet.
 */
import { readWorkbook } from '../../../src/core/read';
import { runChecks } from '../../../src/core/check/engine';
import { readGrid, SAMPLE_PER_SHEET, SAMPLE_STACKED } from '../../helpers/samples';

/** [severity, rule, project code, cell in the one-table-per-sheet sample] */
const EXPECTED: [string, string, string, string][] = [
  ['info', 'indicator/unit-shorthand', '13020924P00071310005T', 'E13'], // ≤20万 → ≤20万元
  ['info', 'indicator/unmeasurable', '13020924P00071310005T', 'C14'], // 保障工作运转 / 工作正常运转率 100%
  ['info', 'indicator/comparator-missing', '13020924P00071310005T', 'E14'], // 100%
  ['info', 'indicator/full-width', '13020924P000713100020', 'E14'], // ＞90%
  ['info', 'indicator/full-width', '13020924P000713100020', 'E15'], // ＞90%
  ['info', 'indicator/comparator-missing', '13020924P00021010003U', 'E10'], // 32人
  ['warning', 'indicator/unit-nonstandard', '13020924P00021010003U', 'E11'], // 100百分比
  ['info', 'indicator/comparator-missing', '13020924P00021010003U', 'E11'], // 100百分比
  ['warning', 'year/mismatch', '13020924P00021010003U', 'D12'], // 2023年12月底前完成 in a 2024 table
  ['info', 'indicator/full-width', '13020924P00021010003U', 'E14'], // ＞90%
  ['info', 'indicator/comparator-missing', '13020924P000713100047', 'E10'], // 1个
  ['info', 'indicator/unmeasurable', '13020924P000713100047', 'C14'], // 保障工作顺利开展 ≥90%
  ['info', 'indicator/comparator-missing', '13020924P00071310012U', 'E10'], // 8个
  ['info', 'indicator/unit-shorthand', '13020924P00071310012U', 'E13'], // ≤32.45万
  ['info', 'indicator/unmeasurable', '13020924P00071310012U', 'C14'], // 保障工作顺利开展 ≥95%
  ['info', 'indicator/comparator-missing', '13020924P00071310008M', 'E11'], // 100%
  ['warning', 'indicator/direction', '13020924P00071310006E', 'E10'], // 采购数量 ≤9处
  ['info', 'indicator/comparator-missing', '13020924P00071310006E', 'E11'], // 100%
  ['info', 'indicator/unmeasurable', '13020924P00071310006E', 'C14'], // 人防工作保障程度 ≥95%
  ['warning', 'indicator/direction', '13020924P00999410003R', 'E10'], // 项目完成数量 ≤12次
  ['info', 'indicator/full-width', '13020924P00999410003R', 'E11'], // ＞90%
  ['info', 'indicator/unmeasurable', '13020924P00999410003R', 'C14'], // 保障工作顺利开展 ≥90%
  ['info', 'indicator/full-width', '13020924P00999410003R', 'E15'], // ＞90%
  ['info', 'indicator/comparator-missing', '13020924P00042110019R', 'E10'], // 1个
  ['info', 'indicator/unmeasurable', '13020924P00042110019R', 'C14'], // 保障工作顺利开展 ≥90%
  ['info', 'indicator/comparator-missing', '13020923P00042110011E', 'E10'], // 1个
  ['error', 'cost/exceeds-budget', '13020923P00042110011E', 'E13'], // ≤64万元 against 27.01万元
  ['info', 'indicator/comparator-missing', '13020923P00042110022X', 'E10'], // 6个
];

describe('findings on the seed tables', () => {
  it('are exactly the hand-reviewed list', () => {
    const { findings, failures } = runChecks(readWorkbook(readGrid(SAMPLE_PER_SHEET)));
    expect(failures).toEqual([]);
    expect(findings.map((f) => [f.severity, f.rule, f.project, f.cell])).toEqual(EXPECTED);
  });

  it('say what is wrong and what would be right', () => {
    const { findings } = runChecks(readWorkbook(readGrid(SAMPLE_PER_SHEET)));
    const message = (rule: string) => findings.find((f) => f.rule === rule)!.message['zh-CN'];
    expect(message('cost/exceeds-budget')).toContain('成本指标 ≤64万元 超过预算数 27.01万元');
    expect(message('year/mismatch')).toContain('应为“2024年12月底前完成”');
    expect(findings.find((f) => f.rule === 'indicator/direction')!.suggestion).toEqual({ value: '≥9处', cell: 'E10' });
    expect(findings.find((f) => f.rule === 'indicator/unit-nonstandard')!.suggestion).toEqual({ value: '100%', cell: 'E11' });
  });

  it('are the same when the tables are stacked on one sheet', () => {
    const strip = (f: { severity: string; rule: string; project?: string; message: { 'zh-CN': string } }) => [f.severity, f.rule, f.project, f.message['zh-CN']];
    const perSheet = runChecks(readWorkbook(readGrid(SAMPLE_PER_SHEET))).findings.map(strip);
    const stacked = runChecks(readWorkbook(readGrid(SAMPLE_STACKED))).findings.map(strip);
    expect(stacked).toEqual(perSheet);
  });

  it('keep carried-over funds that plan only December quiet, and document numbers in their names', () => {
    const { findings } = runChecks(readWorkbook(readGrid(SAMPLE_PER_SHEET)));
    const carried = ['13020923P00042110011E', '13020923P000421100174', '13020923P00042110022X'];
    expect(findings.filter((f) => carried.includes(f.project ?? '') && f.rule.startsWith('plan/'))).toEqual([]);
    expect(findings.filter((f) => carried.includes(f.project ?? '') && f.rule === 'year/mismatch')).toEqual([]);
  });
});
