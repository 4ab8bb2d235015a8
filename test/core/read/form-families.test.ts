/**
 * The families of forms real tables come in (test/realworld has published examples of each), as small grids written
 * here: label and header variants, two-row headers, grids side by side, flat exports, self-evaluations, footers,
 * template rows, local level-1 names, numbers that are not money, a code joined to the name.
 */
import { read, sheet } from '../../helpers/grid';
import type { Indicator } from '../../../src/core/model';

const rowsOf = (indicators: Indicator[]): string[][] => indicators.map((i) => [i.cells.value ?? '', i.level1, i.level2, i.level3, i.value]);

describe('header and label variants', () => {
  it('reads 指标值及单位, 绩效标准, 项目支出名称, 年度本级预算金额 written with 万, and the 实施期', () => {
    const model = read(
      sheet('申报表', [
        ['2023年项目支出绩效目标申报表'],
        ['项目支出名称', '道路清扫服务', null, '预算部门', '环卫处'],
        ['年度本级 预算金额', '250万', null, '该项目支出上级资金', 0],
        ['项目支出实施期', '2023.07-2024.01'],
        ['本年度绩效目标', '全年清扫道路120万平方米'],
        ['本年度 绩效指标', '一级指标', '二级指标', '三级指标', '指标值及单位', '绩效标准'],
        [null, '产出指标', '数量指标', '清扫面积', '≥120万平方米', '计划标准'],
        [null, '效益指标', '社会效益指标', '道路整洁率', '≥95%', '计划标准'],
        ['财政部门审核意见'],
        ['填表人: 某某 联系电话: 123'],
      ], { merges: ['A6:A8'] }),
    );
    expect(model.projects).toHaveLength(1);
    const project = model.projects[0];
    expect(project).toMatchObject({ name: '道路清扫服务', budget: 250, budgetUnit: '万元', period: '2023.07-2024.01', goal: '全年清扫道路120万平方米' });
    expect(project.indicators.map((i) => [i.level3, i.value, i.basis])).toEqual([
      ['清扫面积', '≥120万平方米', '计划标准'],
      ['道路整洁率', '≥95%', '计划标准'],
    ]);
    expect(project.footers?.map((f) => f.label)).toEqual(['财政部门审核意见', '填表人: 某某 联系电话: 123']);
  });

  it('ends the grid at sign-off boxes whoever signs (…股室初审意见 | (盖章)), never reading them as indicators', () => {
    const model = read(
      sheet('申报表', [
        ['项目名称', '乡村旅游扶贫项目'],
        ['年度资金总额', 10],
        ['年度目标', '带来观光游客不少于6万人'],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        [null, '产出指标', '数量指标', '景点开发数量', '>=4个'],
        [null, '满意度指标', '服务对象满意度指标', '游客满意度', '>=90%'],
        ['财政部门支出股室初审意见', '(盖章)'],
        ['区扶贫办审核意见', '（盖章）'],
        ['征求群众意见', '单位（签字）'],
      ], { merges: ['A4:A6'] }),
    );
    const project = model.projects[0];
    expect(project.indicators.map((i) => i.level3)).toEqual(['景点开发数量', '游客满意度']);
    expect(project.footers?.map((f) => f.label)).toEqual(['财政部门支出股室初审意见', '区扶贫办审核意见']);
  });

  it('keeps an indicator that merely speaks of opinions (征求群众意见) inside the grid', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '某项目'],
        ['预算数', 10],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训人数', '≥10人'],
        [null, null, '征求群众意见', '≥3次'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
      ], { merges: ['A4:A5', 'B4:B5'] }),
    );
    expect(model.projects[0].indicators.map((i) => i.level3)).toEqual(['培训人数', '征求群众意见', '群众满意度']);
  });

  it('reads 年度指标值 over 指标性质 | 指标值 | 度量单位, joining the three', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '工资性支出'],
        ['年度预算数', 20],
        ['年度绩效目标', '按时足额发放工资'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', null, null],
        [null, null, null, '指标性质', '指标值', '度量单位'],
        ['产出指标', '数量指标', '发放人数', '≥', 30, '人'],
        ['产出指标', '时效指标', '发放及时率', '=', 100, '%'],
      ], { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4'] }),
    );
    expect(rowsOf(model.projects[0].indicators)).toEqual([
      ['E6', '产出指标', '数量指标', '发放人数', '≥30人'],
      ['E7', '产出指标', '时效指标', '发放及时率', '=100%'],
    ]);
  });

  it('keeps a value with its own unit beside a unit column, and "-" in that column out of it', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '学生伙食费'],
        ['资金总额', 30],
        ['年度绩效目标', '保障学生用餐'],
        ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标值类型'],
        ['成本指标', '经济成本指标', '补助标准', '17元/人.每天', '-', '定量'],
        ['产出指标', '数量指标', '支出安排金额', '28.8万元', '%', '定量'],
      ]),
    );
    const [a, b] = model.projects[0].indicators;
    expect([a.value, a.unitColumn, a.valueType]).toEqual(['17元/人.每天', '-', '定量']);
    expect([b.value, b.unitColumn]).toEqual(['28.8万元', '%']);
  });
});

describe('grids side by side', () => {
  it('reads the annual grid where both share one level-1 column (中期 | 年度 above)', () => {
    const model = read(
      sheet('批复表', [
        ['项目名称', '道路改造', null, '本年度申请市财政预算资金(万元)', 919],
        ['总体目标', '中期滚动目标(2019年--2021年)', null, null, '年度目标'],
        [null, '改造道路169公里', null, null, '完成3个项目结算'],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值(或计划水平)', '二级指标', '三级指标', '计划指标值(或计划水平)'],
        [null, '预期产出指标', '数量指标', '结算项目数', '3个', '数量指标', '结算项目数', '3个'],
        [null, '效果指标', '社会效益指标', '结算争议率', '0%', '社会效益指标', '结算争议率', '≤1%'],
      ], { merges: ['A2:A3', 'B2:D2', 'E2:H2', 'B3:D3', 'E3:H3', 'A4:A6'] }),
    );
    const project = model.projects[0];
    expect(project).toMatchObject({ budget: 919, goal: '完成3个项目结算' });
    expect(rowsOf(project.indicators)).toEqual([
      ['H5', '预期产出指标', '数量指标', '结算项目数', '3个'],
      ['H6', '效果指标', '社会效益指标', '结算争议率', '≤1%'],
    ]);
  });

  it('reads the (年度) half and yields nothing from an empty (长期) half', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '学校建设'],
        ['当年资金总额:', '10000万元'],
        ['年度目标', '完成2所学校建设'],
        ['一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'],
        ['产出指标', '数量指标', null, null, '数量指标', '建设学校数', '2所'],
        ['满意度指标', '服务对象满意度指标', null, null, '服务对象满意度指标', '家长满意度', '≥90%'],
      ]),
    );
    const project = model.projects[0];
    expect(project.budget).toBe(10000);
    expect(rowsOf(project.indicators)).toEqual([
      ['G5', '产出指标', '数量指标', '建设学校数', '2所'],
      ['G6', '满意度指标', '服务对象满意度指标', '家长满意度', '≥90%'],
    ]);
    expect(project.setAsideGrid).toEqual({ cell: 'C5', filled: false });
  });
});

describe('flat exports', () => {
  it('reads the project row under a unit row, with the project columns merged down beside the grid', () => {
    const model = read(
      sheet('导出', [
        ['部门:505_某局', null, null, null, null, null, null, null, '金额单位:万元'],
        ['单位代码', '单位(专项)名称', '资金总额', '实施期绩效目标', '绩效指标'],
        [null, null, null, null, '一级指标', '二级指标', '三级指标', '指标值', '度量单位'],
        ['505006', '某学校', 30],
        ['505006', '学生伙食费', 30, '保障学生用餐'],
        [null, null, null, null, '产出指标', '数量指标', '补助学生数量', '168人', '-'],
        [null, null, null, null, '效益指标', '社会效益指标', '入学率', '大于90%', '-'],
      ], { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:I2', 'A5:A7', 'B5:B7', 'C5:C7', 'D5:D7'] }),
    );
    expect(model.departments).toEqual([]);
    expect(model.projects.map((p) => [p.code, p.name, p.budget, p.goal, p.indicators.length])).toEqual([['505006', '学生伙食费', 30, '保障学生用餐', 2]]);
  });

  it('with both 单位名称 and 项目名称 columns, splits at each project name, the unit merged down beside them all', () => {
    const model = read(
      sheet('项目绩效目标', [
        ['金额单位:元'],
        ['单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标值', '度量单位'],
        ['820-某镇部门', null, 3969840],
        ['820001-某镇人民政府', '村组干部报酬', 3309840, '按时发放报酬', '产出指标', '数量指标', '村组干部人数', '≥230', '人'],
        [null, null, null, null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥95', '%'],
        [null, '基层组织活动经费', 660000, '保障村社区正常运转', '产出指标', '数量指标', '行政村数量', '=11', '个'],
        [null, null, null, null, '满意度指标', '服务对象满意度指标', '辖区群众满意度', '≥95', '%'],
      ], { merges: ['A4:A7', 'B4:B5', 'C4:C5', 'D4:D5', 'B6:B7', 'C6:C7', 'D6:D7'] }),
    );
    expect(model.projects.map((p) => [p.name, p.budget, p.indicators.length])).toEqual([
      ['村组干部报酬', 3309840, 2],
      ['基层组织活动经费', 660000, 2],
    ]);
  });
});

describe('self-evaluations', () => {
  it('reads the budget block (全年预算数 over 年初预算数), the targets and the actuals, and stops at the footers', () => {
    const model = read(
      sheet('自评表', [
        ['项目名称', '51000021R000000019951-工资性支出'],
        ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
        [null, '总额', 238.93, 251.89, 251.89, '100.00%', 10, 10],
        [null, '其中:财政资金', 238.93, 251.89, 251.89, '100.00%', '/', '/'],
        ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
        [null, '产出指标', '数量指标', '发放人数', '≥', 30, '人', '30人', 60, 60],
        [null, '效益指标', '社会效益指标', '足额保障率', '=', 100, '%', '100%', 30, 30],
        ['合计', null, null, null, null, null, null, null, 100, 100],
        ['评价结论', '结合自评情况,说明项目自评总分(200字以内)'],
        ['项目负责人:', null, null, null, null, null, '财务负责人:'],
      ], { merges: ['A2:A4', 'A5:A7', 'A8:H8'] }),
    );
    expect(model.projects).toHaveLength(1);
    const project = model.projects[0];
    expect(project).toMatchObject({ code: '51000021R000000019951', name: '工资性支出', budget: 251.89, fiscal: 251.89 });
    expect(project.execution).toMatchObject({ initial: 238.93, fullYear: 251.89, executed: 251.89, rate: 100, weight: 10, score: 10 });
    expect(project.indicators.map((i) => [i.value, i.actual, i.weight, i.score])).toEqual([
      ['≥30人', '30人', 60, 60],
      ['=100%', '100%', 30, 30],
    ]);
    expect(project.footers?.map((f) => [f.label, f.weight?.amount ?? null, f.text])).toEqual([
      ['合计', 100, ''],
      ['评价结论', null, '结合自评情况,说明项目自评总分(200字以内)'],
      ['项目负责人:', null, ''],
    ]);
  });
});

describe('rows that are not indicators', () => {
  it('skips unused template lines and says where they are', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '某项目'],
        ['预算数', 10],
        ['绩效目标', '完成某项工作'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '指标1:服务人次', '≥100人次'],
        [null, null, '指标2:', null],
        [null, null, '……', null],
        ['效益指标', '社会效益指标', '指标1:群众知晓率', '≥90%'],
      ]),
    );
    const project = model.projects[0];
    expect(project.indicators.map((i) => i.level3)).toEqual(['指标1:服务人次', '指标1:群众知晓率']);
    expect(project.templateRows).toEqual([
      { cell: 'C6', text: '指标2:' },
      { cell: 'C7', text: '……' },
    ]);
  });
});

describe('names and numbers', () => {
  it('takes the code written before the name, and a 部门预算编码 for no amount', () => {
    const model = read(
      sheet('表', [
        ['项目名称', '[13020924P00071310005T]国动办机构运行费'],
        ['部门预算编码', 505006, '预算数', 20],
        ['绩效目标', '保障机构运转'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '办公用品数量', '≥1批'],
      ]),
    );
    expect(model.projects[0]).toMatchObject({ code: '13020924P00071310005T', name: '国动办机构运行费', budget: 20 });
  });

  it('reads a level-1 heading misspelt as 级指标 and a level-1 name beside a 绩效指标 label', () => {
    const model = read(
      sheet('表', [
        ['专项名称', '以工代赈示范工程'],
        ['本次下达中央预算内投资(万元)', 853],
        ['总体目标', '吸纳当地群众就业'],
        ['级指标', '二级指标', '三级指标', '指标值'],
        ['实施效果指标', '产出指标', '劳务报酬占中央投资比例', '≥32.68%'],
      ]),
    );
    expect(model.projects[0]).toMatchObject({ name: '以工代赈示范工程', budget: 853 });
    expect(rowsOf(model.projects[0].indicators)).toEqual([['D5', '实施效果指标', '产出指标', '劳务报酬占中央投资比例', '≥32.68%']]);
  });
});
