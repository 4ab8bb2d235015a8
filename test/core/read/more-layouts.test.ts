/**
 * Layouts and wordings found in real templates beyond the example's (each once misread, now fixed and kept here).
 */
import type { CellValue } from '../../../src/core/grid';
import { read, sheet } from '../../helpers/grid';
import { tableRows } from '../../helpers/table-builder';

type Row = CellValue[];

describe('money', () => {
  it('reads fiscal and other money from the 年度 column when 中期 and 年度 columns stand side by side', () => {
    const rows: Row[] = [
      ['项目支出绩效目标申报表'],
      ['（2024年度）'],
      ['项目名称', '中期年度项目'],
      ['项目资金（万元）', null, null, '中期资金总额', '年度资金总额'],
      [null, '资金总额', null, 1500, 500],
      [null, '其中：财政拨款', null, 1500, 450],
      [null, '其他资金', null, 0, 50],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '人数', '≥1人'],
    ];
    const project = read(sheet('s', rows, { merges: ['A4:A7', 'B5:C5', 'B6:C6', 'B7:C7'] })).projects[0];
    expect([project.budget, project.fiscal, project.other]).toEqual([500, 450, 50]);
    expect(project.cells).toMatchObject({ budget: 'E5', fiscal: 'E6', other: 'E7' });
  });

  it('reads wordings such as 预算资金总额, 其中：区级财政资金, 单位自有资金 and 项目代码/编码', () => {
    const rows = tableRows();
    rows[2][0] = '项目代码/编码';
    rows[3][1] = '预算资金总额';
    rows[3][3] = '其中：区级财政资金';
    rows[3][5] = '单位自有资金';
    rows[3][6] = 0;
    const project = read(sheet('s', rows)).projects[0];
    expect([project.code, project.budget, project.fiscal, project.other]).toEqual(['13020924P00071310099A', 20, 20, 0]);
  });

  it('reads a source list with 区级财政资金 and 上级补助资金 once, not twice', () => {
    const rows: Row[] = [
      ['项目名称', '申报项目'],
      ['项目总预算', 180],
      ['项目资金来源', '资金来源项目', '金额'],
      [null, '合计', 180],
      [null, '区级财政资金', 150],
      [null, '上级补助资金', 30],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '人数', '≥1人'],
    ];
    const project = read(sheet('s', rows, { merges: ['A3:A6'] })).projects[0];
    expect(project.fiscal).toBe(150);
    expect(project.other ?? 0).toBe(0);
    expect(project.extraFunds).toEqual([{ label: '上级补助资金', amount: 30, cell: 'C6' }]);
    expect(project.breakdowns[0].total).toEqual({ amount: 180, cell: 'C4' });
  });

  it('reads a field written with its label in one cell: 绩效目标：…, 其中：财政资金：…', () => {
    const rows = tableRows();
    rows[7] = ['绩效目标：全年培训基层业务人员200人次'];
    rows[3][3] = '其中：财政资金：200,000.00元';
    rows[3][4] = null;
    const project = read(sheet('s', rows)).projects[0];
    expect(project.goal).toBe('全年培训基层业务人员200人次');
    expect(project.fiscal).toBe(20);
  });
});

describe('spending plans', () => {
  it.each([
    [['截至3月31日', '截至6月30日', '截至10月31日', '截至12月31日']],
    [['一季度末', '上半年', '前三季度', '全年']],
    [['1—3月', '1—6月', '1—10月', '1—12月']],
  ])('reads the headings %j', (headings) => {
    const rows = tableRows();
    rows[5] = ['资金支出计划（%）', ...headings];
    expect(read(sheet('s', rows)).projects[0].plan).toEqual([25, 50, 75, 100]);
  });

  it('reads a plan in 万元 as shares of the budget, even a budget under 100', () => {
    const rows = tableRows({ budget: 80, fiscal: 80 });
    rows[5] = ['资金支出计划（万元）', '3月底', '6月底', '10月底', '12月底'];
    rows[6] = [null, 20, 40, 60, 80];
    expect(read(sheet('s', rows)).projects[0].plan).toEqual([25, 50, 75, 100]);
  });

  it.each([['年度资金支出计划'], ['分季度资金支出计划（%）'], ['资金使用进度（%）']])('recognises the plan labelled %s', (label) => {
    const rows = tableRows();
    rows[5][0] = label;
    expect(read(sheet('s', rows)).projects[0].plan).toEqual([25, 50, 75, 100]);
  });
});

describe('years and values', () => {
  it('gives a carried-over table the workbook\'s budget year, not the year in its title', () => {
    const carried = tableRows({ title: '2023年中央财政衔接推进乡村振兴补助资金（结转）绩效目标表', name: '2023年中央财政衔接推进乡村振兴补助资金（结转）', code: '13020923P00071310088C' });
    const model = read(sheet('1.新项目', tableRows()), sheet('2.结转', carried));
    expect(model.projects.map((p) => p.year)).toEqual([2024, 2024]);
  });

  it('reads 2024年度指标值 as the value column', () => {
    const rows = tableRows();
    rows[8][4] = '2024年度指标值';
    expect(read(sheet('s', rows)).projects[0].indicators).toHaveLength(6);
  });

  it('shows a date cell as a date and keeps it as text', () => {
    const rows = tableRows();
    rows[11][4] = 45626;
    const indicator = read(sheet('s', rows, { formats: { E12: 'yyyy"年"m"月"d"日"' } })).projects[0].indicators[2];
    expect(indicator.value).toBe('2024年11月30日');
    expect(indicator.parsed.kind).toBe('qualitative');
  });

  it('reads the year of a department-wide table from its （2024年度） line', () => {
    const rows: Row[] = [['部门整体支出绩效目标申报表'], ['（2024年度）'], ['部门名称', '某局'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '人数', '≥1人']];
    expect(read(sheet('s', rows)).departments[0].year).toBe(2024);
  });
});
