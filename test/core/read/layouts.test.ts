/**
 * The layouts real workbooks use, each built as a small grid: the reader must read them all without configuration.
 */
import type { CellValue } from '../../../src/core/grid';
import { read, sheet } from '../../helpers/grid';

type Row = CellValue[];

/** The example's table 1, written as rows of the usual template (7 columns). */
function seedTable(options: { level1?: 'merge' | 'repeat' | 'blank'; title?: string } = {}): Row[] {
  const mode = options.level1 ?? 'repeat';
  const l1 = (first: boolean, name: string): CellValue => (first || mode === 'repeat' ? name : null);
  return [
    [options.title ?? '2024年国动办机构运行费绩效目标表'],
    ['303001曹妃甸区发展和改革局本级', null, null, null, null, '单位：万元'],
    ['项目编码', '13020924P00071310005T', null, '项目名称', '2024年国动办机构运行费'],
    ['预算规模及资金用途', '预算数', 20, '其中：财政    资金', 20, '其他资金', null],
    [null, '用于国动办机构正常运转所用经费'],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
    [null, '25%', '50%', '75%', '100%'],
    ['绩效目标', '1.机构正常运转'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    [l1(true, '产出指标'), '数量指标', '办公用品数量', '采购办公用品、设备', '≥1批', '根据年初工作计划'],
    [l1(false, '产出指标'), '质量指标', '办公用品质量', '办公用品质量合格率', '≥99%', '根据年初工作计划'],
    [l1(false, '产出指标'), '时效指标', '工作完成时间', '按期完成', '≤1年', '根据年初工作计划'],
    [l1(false, '产出指标'), '成本指标', '控制在预算内', '采购经费控制', '≤20万', '根据年初工作计划'],
    [l1(true, '效益指标'), '社会效益指标', '保障工作运转', '工作正常运转率', '100%', '根据年初工作计划'],
    [l1(true, '满意度指标'), '服务对象满意度指标', '客户满意度', '客户满意度', '≥95%', '根据年初工作计划'],
  ];
}

const SEED_LEVELS = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

function levels(model: ReturnType<typeof read>, index = 0): string[][] {
  return model.projects[index].indicators.map((i) => [i.level1, i.level2]);
}

describe('where a table sits', () => {
  it('reads a table that starts away from A1, with merged cells', () => {
    const model = read(
      sheet('表', seedTable({ level1: 'blank' }), {
        at: 'D5',
        merges: ['D5:J5', 'E7:F7', 'H7:J7', 'D8:D9', 'E9:J9', 'D14:D17', 'I13:J13'],
      }),
    );
    expect(model.projects).toHaveLength(1);
    const project = model.projects[0];
    expect(project.code).toBe('13020924P00071310005T');
    expect(project.cells.code).toBe('E7');
    expect(project.cells.budget).toBe('F8');
    expect(project.usage).toBe('用于国动办机构正常运转所用经费');
    expect(project.plan).toEqual([25, 50, 75, 100]);
    expect(levels(model)).toEqual(SEED_LEVELS);
    expect(project.indicators[1].cells.level1).toBe('D14');
    expect(project.indicators[0].cells.value).toBe('H14');
  });

  it('separates tables stacked on one sheet, with titles and blank rows between', () => {
    const second = seedTable({ title: '2.2024年救灾物资储存经费绩效目标表' }).map((row) =>
      row.map((cell) => (cell === '13020924P00071310005T' ? '13020924P000713100020' : cell === '2024年国动办机构运行费' ? '2024年救灾物资储存经费' : cell)),
    );
    const rows = [...seedTable({ title: '1.2024年国动办机构运行费绩效目标表' }), [], [], ...second, [], ['注：本表金额单位为万元。']];
    const model = read(sheet('全部', rows));
    expect(model.projects.map((p) => p.code)).toEqual(['13020924P00071310005T', '13020924P000713100020']);
    expect(model.projects.map((p) => p.name)).toEqual(['2024年国动办机构运行费', '2024年救灾物资储存经费']);
    expect(model.projects.map((p) => p.indicators.length)).toEqual([6, 6]);
    expect(model.projects[1].rows.first).toBe(17);
  });

  it('separates stacked tables that have no title, only the next table\'s first row', () => {
    const table = seedTable().slice(2); // from 项目编码 on
    const model = read(sheet('无标题', [['单位：元'], ...table, ...table.map((r) => r.map((c) => (c === '13020924P00071310005T' ? 'X2' : c)))]));
    expect(model.projects.map((p) => p.code)).toEqual(['13020924P00071310005T', 'X2']);
    expect(model.projects.map((p) => p.indicators.length)).toEqual([6, 6]);
    // The unit line at the top applies to both tables.
    expect(model.projects.map((p) => p.budgetUnit)).toEqual(['元', '元']);
  });

  it('reads one table on each of several sheets', () => {
    const model = read(sheet('一', seedTable()), sheet('二', seedTable()));
    expect(model.projects.map((p) => p.sheet)).toEqual(['一', '二']);
  });
});

describe('level-1 and level-2 names written once', () => {
  it('forward-fills a level-1 name left blank below its first row (no merge information)', () => {
    const model = read(sheet('s', seedTable({ level1: 'blank' })));
    expect(levels(model)).toEqual(SEED_LEVELS);
    expect(model.projects[0].indicators[2].cells.level1).toBe('A10');
  });

  it('reads a level-1 name repeated on every row', () => {
    const model = read(sheet('s', seedTable({ level1: 'repeat' })));
    expect(levels(model)).toEqual(SEED_LEVELS);
    expect(model.projects[0].indicators[2].cells.level1).toBe('A12');
  });

  it('reads level-1 and level-2 names merged down their rows', () => {
    const rows = seedTable({ level1: 'blank' });
    rows[10][1] = '数量指标'; // two quantity indicators: level 2 merged over B10:B11
    rows[10][2] = '办公设备数量';
    const model = read(sheet('s', rows, { merges: ['A10:A13', 'B10:B11'] }));
    expect(levels(model).slice(0, 3)).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '时效指标'],
    ]);
  });

  it('forward-fills a level-2 name left blank below, but not across level-1 groups', () => {
    const rows = seedTable({ level1: 'blank' });
    rows[10][1] = null; // second 数量指标 row
    rows[14][1] = null; // 满意度 row without level 2
    const model = read(sheet('s', rows));
    expect(levels(model)[1]).toEqual(['产出指标', '数量指标']);
    expect(levels(model)[5]).toEqual(['满意度指标', '']);
  });
});

describe('label variants', () => {
  it('reads 项目代码, 年度预算数, 其中：财政拨款, 指标解释 and 指标值（含单位）', () => {
    const rows = seedTable();
    rows[2][0] = '项目代码';
    rows[3][1] = '年度预算数';
    rows[3][3] = '其中：财政拨款';
    rows[8][3] = '指标解释';
    rows[8][4] = '指标值（含单位）';
    const project = read(sheet('s', rows)).projects[0];
    expect(project.code).toBe('13020924P00071310005T');
    expect(project.budget).toBe(20);
    expect(project.fiscal).toBe(20);
    expect(project.indicators[0].description).toBe('采购办公用品、设备');
    expect(project.indicators[0].value).toBe('≥1批');
  });

  it.each([['预算金额'], ['预算数'], ['年度资金总额'], ['项目当年预算']])('reads the budget labelled %s', (label) => {
    const rows = seedTable();
    rows[3][1] = label;
    expect(read(sheet('s', rows)).projects[0].budget).toBe(20);
  });

  it('reads 三级指标 named 指标名称 and a basis named 取值依据', () => {
    const rows = seedTable();
    rows[8][2] = '指标名称';
    rows[8][5] = '取值依据';
    const indicator = read(sheet('s', rows)).projects[0].indicators[0];
    expect(indicator.level3).toBe('办公用品数量');
    expect(indicator.basis).toBe('根据年初工作计划');
  });
});

describe('columns', () => {
  it('ignores extra columns (序号, 权重, 备注) and reads another column order', () => {
    const rows: Row[] = [
      ['项目名称', '示例项目', null, '项目编码', 'P001'],
      ['预算数', 100],
      ['序号', '一级指标', '二级指标', '指标值', '三级指标', '权重', '指标值确定依据', '备注'],
      [1, '产出指标', '数量指标', '≥10个', '培训场次', 20, '年度计划', '无'],
      [2, '效益指标', '社会效益指标', '≥90%', '参训人员就业率', 30, '历史数据', null],
    ];
    const project = read(sheet('s', rows)).projects[0];
    expect(project.indicators.map((i) => [i.level3, i.value, i.basis, i.weight])).toEqual([
      ['培训场次', '≥10个', '年度计划', 20],
      ['参训人员就业率', '≥90%', '历史数据', 30],
    ]);
  });

  it('joins a value split over 比较符 | 指标值 | 计量单位 (budget-system export)', () => {
    const rows: Row[] = [
      ['项目名称', '导出项目'],
      ['一级指标', '二级指标', '三级指标', '比较符', '指标值', '计量单位', '指标值说明'],
      ['产出指标', '数量指标', '培训人数', '≥', 500, '人', '年度计划'],
      ['产出指标', '质量指标', '合格率', '≥', 0.95, '%', '往年水平'],
      ['产出指标', '时效指标', '完成时限', '定性', '按期完成', null, '工作安排'],
      ['产出指标', '成本指标', '培训成本', '≤', 30, '万元', '预算'],
    ];
    const indicators = read(sheet('s', rows, { formats: { E4: '0%' } })).projects[0].indicators;
    expect(indicators.map((i) => i.value)).toEqual(['≥500人', '≥95%', '按期完成', '≤30万元']);
    expect(indicators[0].parsed).toMatchObject({ comparator: '≥', number: 500, unit: '人' });
    expect(indicators[0].cells).toMatchObject({ comparator: 'D3', value: 'E3', unit: 'F3' });
    expect(indicators[2].parsed.kind).toBe('qualitative');
  });

  it('reads a 指标性质 column that holds comparators, and ignores one that holds 正向/反向', () => {
    const rows: Row[] = [
      ['项目名称', '性质列项目'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ['产出指标', '数量指标', '人数', '≥', 500, '人'],
      ['产出指标', '成本指标', '成本', '反向指标', 30, '万元'],
      ['效益指标', '社会效益指标', '满意率', '定量', 90, '%'],
    ];
    const values = read(sheet('s', rows)).projects[0].indicators.map((i) => i.value);
    expect(values).toEqual(['≥500人', '30万元', '90%']);
  });

  it('reads the central template: 项目资金（万元） with 年度资金总额, 当年财政拨款, 上年结转资金 and 其他资金', () => {
    const rows: Row[] = [
      ['项目支出绩效目标表'],
      ['（2024年度）'],
      ['项目名称', '中央模板项目'],
      ['主管部门', '某部', '实施单位', '某司'],
      ['项目资金（万元）', null, '年初预算数'],
      [null, '年度资金总额', 100],
      [null, '其中：当年财政拨款', 90],
      [null, '上年结转资金', 6],
      [null, '其他资金', 4],
      ['年度总体目标', '完成年度建设任务'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      [null, '产出指标', '数量指标', '建设项目数', '≥2个'],
    ];
    const model = read(sheet('s', rows, { merges: ['A1:E1', 'A2:E2', 'A5:A9', 'B5:B5', 'A11:A12'] }));
    const project = model.projects[0];
    expect(project).toMatchObject({ name: '中央模板项目', budget: 100, fiscal: 90, carryOver: 6, other: 4, budgetUnit: '万元', year: 2024 });
    expect(project.goal).toBe('完成年度建设任务');
    expect(project.indicators.map((i) => [i.level1, i.level3, i.value])).toEqual([['产出指标', '建设项目数', '≥2个']]);
  });

  it('reads a 指标值 header merged over a sub-header of 比较符 | 值 | 单位', () => {
    const rows: Row[] = [
      ['项目名称', '子表头项目'],
      ['一级指标', '二级指标', '三级指标', '指标值', null, null],
      [null, null, null, '比较符', '指标值', '计量单位'],
      ['产出指标', '数量指标', '设备数量', '≥', 10, '台'],
    ];
    const project = read(sheet('s', rows, { merges: ['D2:F2', 'A2:A3', 'B2:B3', 'C2:C3'] })).projects[0];
    expect(project.indicators).toHaveLength(1);
    expect(project.indicators[0].value).toBe('≥10台');
  });

  it('takes the annual values where 中期 and 年度 grids stand side by side', () => {
    const rows: Row[] = [
      ['项目名称', '中期年度项目'],
      ['中期目标', null, null, null, '年度目标'],
      ['一级指标', '二级指标', '三级指标', '指标值', '一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '三年培训人数', '≥1500人', '产出指标', '数量指标', '本年培训人数', '≥500人'],
    ];
    const indicator = read(sheet('s', rows)).projects[0].indicators[0];
    expect(indicator.level3).toBe('本年培训人数');
    expect(indicator.value).toBe('≥500人');
  });
});

describe('money, units and shares', () => {
  it('reads money written as text, and the unit line 单位：元', () => {
    const rows = seedTable();
    rows[1][5] = '单位：元';
    rows[3][2] = '200,000.00';
    rows[3][4] = '200000';
    const project = read(sheet('s', rows)).projects[0];
    expect(project.budget).toBe(200000);
    expect(project.fiscal).toBe(200000);
    expect(project.budgetUnit).toBe('元');
  });

  it('reads money with its unit in the cell or in the label', () => {
    const rows = seedTable();
    rows[1][5] = null;
    rows[3][1] = '预算数（万元）';
    rows[3][4] = '200000元';
    const project = read(sheet('s', rows)).projects[0];
    expect(project.budgetUnit).toBe('万元');
    expect(project.budget).toBe(20);
    expect(project.fiscal).toBe(20);
  });

  it('assumes 万元 when no unit is written anywhere, and says so', () => {
    const rows = seedTable();
    rows[1][5] = null;
    const project = read(sheet('s', rows)).projects[0];
    expect(project.budgetUnit).toBe('万元');
    expect(project.budgetUnitAssumed).toBe(true);
  });

  it('reads shares as 0.25 formatted as %, as the text "25%", as 25 and as bare fractions', () => {
    const asFormatted = seedTable();
    asFormatted[6] = [null, 0.25, 0.5, 0.75, 1];
    expect(read(sheet('s', asFormatted, { formats: { B7: '0%', C7: '0%', D7: '0%', E7: '0%' } })).projects[0].plan).toEqual([25, 50, 75, 100]);
    const asNumbers = seedTable();
    asNumbers[6] = [null, 25, 50, 75, 100];
    expect(read(sheet('s', asNumbers)).projects[0].plan).toEqual([25, 50, 75, 100]);
    const asFractions = seedTable();
    asFractions[6] = [null, 0.3, 0.6, 0.75, 1];
    expect(read(sheet('s', asFractions)).projects[0].plan).toEqual([30, 60, 75, 100]);
    const withBlanks = seedTable();
    withBlanks[6] = [null, null, ' ', null, '100%'];
    expect(read(sheet('s', withBlanks)).projects[0].plan).toEqual([null, null, null, 100]);
  });

  it('reads 其他资金 as 0 when blank, and a 0.95 value cell formatted as % as "95%"', () => {
    const rows = seedTable();
    rows[10][4] = 0.99;
    const project = read(sheet('s', rows, { formats: { E11: '0%' } })).projects[0];
    expect(project.other).toBe(0);
    expect(project.indicators[1].value).toBe('99%');
    expect(project.indicators[1].parsed.number).toBe(99);
  });

  it('reads labels set out as a header row with the values below', () => {
    const rows: Row[] = [
      ['项目名称', '纵向项目', null, '项目编码', 'V01'],
      ['年度资金总额', '其中：财政拨款', '其他资金'],
      [50, 45, 5],
      ['年度绩效目标', '完成年度任务'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '任务数', '≥3项'],
    ];
    const project = read(sheet('s', rows)).projects[0];
    expect([project.budget, project.fiscal, project.other]).toEqual([50, 45, 5]);
    expect(project.cells.budget).toBe('A3');
    expect(project.goal).toBe('完成年度任务');
  });

  it('reads a name and code written with the label in the same cell', () => {
    const rows: Row[] = [
      ['项目名称：一体项目', null, '项目编码：C-01'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '任务数', '≥3项'],
    ];
    const project = read(sheet('s', rows)).projects[0];
    expect(project.name).toBe('一体项目');
    expect(project.code).toBe('C-01');
  });
});

describe('frameworks', () => {
  it('records the older framework (成本指标 under 产出指标)', () => {
    expect(read(sheet('s', seedTable())).projects[0].framework).toBe('2015');
  });

  it('records the 2021 framework (成本指标 at level 1)', () => {
    const rows: Row[] = [
      ['项目名称', '新框架项目'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
      ['成本指标', '经济成本指标', '人均培训成本', '≤500元'],
      ['效益指标', '社会效益指标', '就业率', '≥80%'],
    ];
    expect(read(sheet('s', rows)).projects[0].framework).toBe('2021');
  });

  it('says unknown when no cost indicator shows which', () => {
    const rows: Row[] = [
      ['项目名称', '无成本项目'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '培训人数', '≥100人'],
    ];
    expect(read(sheet('s', rows)).projects[0].framework).toBe('unknown');
  });
});

describe('flat exports', () => {
  it('groups rows that name their project into one project each', () => {
    const rows: Row[] = [
      ['项目编码', '项目名称', '一级指标', '二级指标', '三级指标', '比较符', '指标值', '计量单位'],
      ['P1', '甲项目', '产出指标', '数量指标', '人数', '≥', 10, '人'],
      ['P1', '甲项目', '效益指标', '社会效益指标', '就业率', '≥', 80, '%'],
      ['P2', '乙项目', '产出指标', '数量指标', '场次', '≥', 3, '场'],
    ];
    const model = read(sheet('导出', rows));
    expect(model.projects.map((p) => [p.code, p.name, p.indicators.length])).toEqual([
      ['P1', '甲项目', 2],
      ['P2', '乙项目', 1],
    ]);
    expect(model.projects[1].cells.code).toBe('A4');
  });
});

describe('exports and split values', () => {
  it('prefers a 比较符 column over a 指标性质 column that sits beside it', () => {
    const rows: Row[] = [
      ['项目名称', '性质与比较符'],
      ['一级指标', '二级指标', '三级指标', '指标性质', '比较符', '指标值', '计量单位'],
      ['产出指标', '数量指标', '保洁面积', '正向', '≥', 50, '万平方米'],
      ['产出指标', '成本指标', '保洁成本', '反向', '≤', 120, '万元'],
    ];
    const indicators = read(sheet('s', rows)).projects[0].indicators;
    expect(indicators.map((i) => [i.value, i.parsed.comparator, i.cells.comparator])).toEqual([
      ['≥50万平方米', '≥', 'E3'],
      ['≤120万元', '≤', 'E4'],
    ]);
  });

  it('joins a value written over the two cells under a merged 指标值 header', () => {
    const rows: Row[] = [
      ['项目名称', '合并表头'],
      ['一级指标', '二级指标', '三级指标', '指标值', null, '指标值确定依据'],
      ['产出指标', '数量指标', '服务人次', '≥', '2000人次', '历史数据'],
      ['产出指标', '成本指标', '服务成本', '≤200', '万元', '预算'],
      ['效益指标', '社会效益指标', '群众知晓率', '≥90%', null, '调查'],
    ];
    const indicators = read(sheet('s', rows, { merges: ['D2:E2'] })).projects[0].indicators;
    expect(indicators.map((i) => [i.value, i.parsed.number, i.parsed.unit, i.basis])).toEqual([
      ['≥2000人次', 2000, '人次', '历史数据'],
      ['≤200万元', 200, '万元', '预算'],
      ['≥90%', 90, '%', '调查'],
    ]);
  });

  it('reads the budget and goal columns of a flat budget-system export', () => {
    const rows: Row[] = [
      ['2024年项目支出绩效目标导出'],
      ['序号', '项目编码', '项目名称', '年度预算数（万元）', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
      [1, '13020924P00071310341Q', '2024年城乡环卫保洁经费', 120, '完成城区50万平方米道路保洁', '产出指标', '数量指标', '保洁面积', '≥50万平方米', '年度计划'],
      [2, '13020924P00071310341Q', '2024年城乡环卫保洁经费', 120, '完成城区50万平方米道路保洁', '效益指标', '社会效益指标', '群众满意度', '≥90%', '调查'],
      [3, '13020924P00071310342R', '2024年河道清淤经费', '30', '清淤河道10公里', '产出指标', '数量指标', '清淤长度', '≥10公里', '年度计划'],
    ];
    const projects = read(sheet('导出', rows)).projects;
    expect(projects.map((p) => [p.code, p.budget, p.budgetUnit, p.goal, p.year, p.indicators.length, p.cells.budget])).toEqual([
      ['13020924P00071310341Q', 120, '万元', '完成城区50万平方米道路保洁', 2024, 2, 'D3'],
      ['13020924P00071310342R', 30, '万元', '清淤河道10公里', 2024, 1, 'D5'],
    ]);
  });
});

describe('what ends a table', () => {
  it('stops at a closing note and at signatures', () => {
    const rows = [...seedTable(), [], ['注：指标值须量化。'], ['填表人：张三', null, '联系电话：123']];
    const model = read(sheet('s', rows));
    expect(model.projects[0].indicators).toHaveLength(6);
    expect(model.notes).toEqual([]);
  });

  it('records template rows left empty without taking them for indicators', () => {
    const rows = seedTable();
    rows.splice(13, 0, [null, '经济效益指标', null, null, null, null]);
    rows[14][0] = '效益指标';
    rows[13][0] = '效益指标';
    const project = read(sheet('s', rows)).projects[0];
    expect(project.indicators).toHaveLength(6);
    expect(project.emptyCategoryRows).toEqual([{ level1: '效益指标', level2: '经济效益指标', cell: 'B14' }]);
  });
});
