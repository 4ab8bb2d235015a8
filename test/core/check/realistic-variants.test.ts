/**
 * Correct tables that real departments write, which an earlier version flagged (precision), and defects in
 * unusual wordings that must still be found (recall). Each case runs the whole catalogue at default settings.
 */
import { runChecks } from '../../../src/core/check/engine';
import { GOOD_INDICATORS, projectModel, tableRows, type IndicatorRow } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';

function errorsAndWarnings(model: Parameters<typeof runChecks>[0]): string[] {
  return runChecks(model)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell} ${f.message['zh-CN']}`);
}

function withBenefits(rows: IndicatorRow[]) {
  return projectModel({ indicators: [...GOOD_INDICATORS, ...rows] });
}

describe('correct tables stay free of errors and warnings', () => {
  it.each<[string, IndicatorRow[]]>([
    ['crime, unemployment, drop-out and relapse rates capped', [
      ['效益指标', '社会效益指标', '重新犯罪率', '≤0.2%'],
      ['效益指标', '社会效益指标', '城镇登记失业率', '≤4.5%'],
      ['效益指标', '社会效益指标', '义务教育辍学率', '≤0.5%'],
      ['效益指标', '社会效益指标', '脱贫人口返贫率', '≤1%'],
    ]],
    ['reduction rates with a floor', [
      ['效益指标', '社会效益指标', '刑事案件发案下降率', '≥5%'],
      ['效益指标', '生态效益指标', '单位GDP能耗下降率', '≥3%'],
      ['效益指标', '社会效益指标', '群众出行条件改善', '≥5%', '统计', '交通事故下降率'],
      ['效益指标', '经济效益指标', '成本节约率', '≥5%'],
    ]],
    ['rates that may exceed 100%', [
      ['效益指标', '经济效益指标', '带动社会投资比', '≥300%'],
      ['效益指标', '经济效益指标', '税收收入完成率', '≥102%'],
    ]],
    ['a rate per 100,000 and a range', [
      ['效益指标', '社会效益指标', '孕产妇死亡率', '≤10/10万'],
      ['效益指标', '社会效益指标', '群众知晓率', '90%~95%'],
    ]],
    ['a five-point satisfaction score', [['满意度指标', '服务对象满意度指标', '群众评价得分', '≥4.5分（5分制）']]],
    ['a subsidy standard with a floor', [['产出指标', '成本指标', '人均补助标准', '≥89元/人']]],
  ])('%s', (_name, rows) => {
    expect(errorsAndWarnings(withBenefits(rows))).toEqual([]);
  });

  it('level-1 names with numbering or a score', () => {
    const indicators = GOOD_INDICATORS.map(([l1, ...rest]) => [l1 === '产出指标' ? '一、产出指标（50分）' : l1, ...rest] as IndicatorRow);
    expect(errorsAndWarnings(projectModel({ indicators }))).toEqual([]);
  });

  it('a carried-over table in a 2024 workbook that names 2024 deadlines', () => {
    const carried = tableRows({
      title: '2023年中央财政衔接推进乡村振兴补助资金（结转）绩效目标表',
      name: '2023年中央财政衔接推进乡村振兴补助资金（结转）',
      code: '13020923P00071310088C',
      plan: [null, null, null, '100%'],
      indicators: [...GOOD_INDICATORS.slice(0, 2), ['产出指标', '时效指标', '完成时间', '2024年12月底前'], ...GOOD_INDICATORS.slice(3)],
    });
    expect(errorsAndWarnings(read(sheet('1.新项目', tableRows()), sheet('2.结转', carried)))).toEqual([]);
  });

  it('the central template, which has no project code field', () => {
    const rows = [
      ['项目支出绩效目标表'],
      ['（2024年度）'],
      ['项目名称', '中央模板项目'],
      ['项目资金（万元）', null, '年初预算数'],
      [null, '年度资金总额', 20],
      [null, '其中：当年财政拨款', 20],
      [null, '其他资金', 0],
      ['年度总体目标', '完成200人次就业技能培训'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ...GOOD_INDICATORS.map((r) => [r[0], r[1], r[2], r[3]]),
    ];
    expect(errorsAndWarnings(read(sheet('s', rows, { merges: ['A4:A7'] })))).toEqual([]);
  });
});

describe('defects in unusual wordings are still found', () => {
  it('a full-width copy of a project code', () => {
    const model = read(sheet('一', tableRows()), sheet('二', tableRows({ code: '１３０２０９２４Ｐ０００７１３１００９９Ａ', name: '2024年另一个项目' })));
    expect(errorsAndWarnings(model).filter((f) => f.startsWith('code/duplicate'))).toHaveLength(1);
  });

  it('a bounded rate over 100%', () => {
    expect(errorsAndWarnings(withBenefits([['效益指标', '社会效益指标', '群众知晓率', '≥105%']])).map((f) => f.split(' ')[0])).toEqual(['indicator/percent-over-100']);
  });

  it('an error rate with a floor', () => {
    expect(errorsAndWarnings(withBenefits([['效益指标', '社会效益指标', '差错率', '≥1%']])).map((f) => f.split(' ')[0])).toEqual(['indicator/direction']);
  });
});

describe('flat exports', () => {
  it('are not faulted for the fields they carry no column for', () => {
    const rows = [
      ['项目编码', '项目名称', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
      ...GOOD_INDICATORS.map((r) => ['13020924P00071310099A', '2024年就业技能培训项目', r[0], r[1], r[2], r[3], '年度计划']),
    ];
    expect(errorsAndWarnings(read(sheet('导出', rows)))).toEqual([]);
  });

  it('are faulted for an empty cell in a column they have', () => {
    const rows = [
      ['项目编码', '项目名称', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
      ...GOOD_INDICATORS.map((r) => ['13020924P00071310099A', '2024年就业技能培训项目', null, r[0], r[1], r[2], r[3]]),
    ];
    expect(errorsAndWarnings(read(sheet('导出', rows))).map((f) => f.split(' ')[0])).toEqual(['required/fields']);
  });
});

describe('more wordings', () => {
  it('level names without 指标 still tell the framework', () => {
    const indicators = GOOD_INDICATORS.map(([l1, l2, ...rest]) => [l1.replace('指标', ''), l2.replace('指标', ''), ...rest] as IndicatorRow);
    const model = projectModel({ indicators });
    expect(model.projects[0].framework).toBe('2015');
    expect(errorsAndWarnings(model)).toEqual([]);
  });

  it('进度指标 counts as the timeliness indicator', () => {
    const indicators = GOOD_INDICATORS.map((r) => (r[1] === '时效指标' ? (['产出指标', '进度指标', r[2], r[3]] as IndicatorRow) : r));
    expect(errorsAndWarnings(projectModel({ indicators }))).toEqual([]);
  });

  it('应保尽保 is a coverage target, not an unquantified one', () => {
    expect(errorsAndWarnings(withBenefits([['效益指标', '社会效益指标', '低保对象保障覆盖率', '应保尽保']]))).toEqual([]);
  });
});
