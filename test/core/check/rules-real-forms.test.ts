/**
 * Rules the real published forms called for (test/realworld): what the reader could not place, the goal's content,
 * how money is written, time targets past the budget year, indicators under the wrong heading, template text left in,
 * the unit and value-type columns, and weights.
 */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel, type IndicatorRow } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';
import type { CellValue } from '../../../src/core/grid';

/** The good table with one indicator row replaced (index 0..5), so the finding lands on row 10 + index. */
function withRow(index: number, row: IndicatorRow) {
  const rows = [...GOOD_INDICATORS];
  rows[index] = row;
  return projectModel({ indicators: rows });
}

/** A small table whose indicator grid has extra columns: header in row 4, indicators from row 5. */
function gridWith(header: string[], rows: CellValue[][]) {
  return read(
    sheet('表', [
      ['项目名称', '2024年某项目'],
      ['预算数（万元）', 20],
      ['年度绩效目标', '完成某项工作'],
      ['一级指标', '二级指标', '三级指标', ...header],
      ...rows,
    ]),
  );
}

ruleTester('reader/unrecognized', {
  valid: [{ name: 'every field and the grid found', model: projectModel() }],
  invalid: [
    {
      name: 'a value heading the reader does not know',
      model: read(
        sheet('表', [
          ['项目名称', '某项目'],
          ['预算数', 10],
          ['一级指标', '二级指标', '三级指标', '目标水平值'],
          ['产出指标', '数量指标', '人数', '≥10人'],
        ]),
      ),
      findings: [{ cell: 'D3', messageId: 'note', says: ['无法识别指标表头', '目标水平值'] }],
    },
    {
      name: 'no budget field at all',
      model: read(
        sheet('表', [
          ['项目名称', '某项目'],
          ['年度绩效目标', '完成某项工作'],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '人数', '≥10人'],
        ]),
      ),
      findings: [{ cell: 'B1', messageId: 'note', says: ['没有找到预算数', '未作检查'] }],
    },
  ],
});

ruleTester('required/details', {
  valid: [{ name: 'details filled in', model: gridWith(['指标值'], [['产出指标', '数量指标', '人数', '≥10人']]) }],
  invalid: [
    {
      name: '主管部门 left blank',
      model: read(
        sheet('表', [
          ['项目名称', '某项目', '主管部门', null, '实施单位', '某中心'],
          ['预算数', 10],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '人数', '≥10人'],
        ]),
      ),
      findings: [{ cell: 'D1', messageId: 'blank', says: ['“主管部门”一栏为空'] }],
    },
  ],
});

ruleTester('goal/content', {
  valid: [
    { name: 'a goal in words', model: projectModel() },
    {
      name: 'a one-year project whose 实施期 goal is its annual goal',
      model: read(
        sheet('表', [
          ['项目名称', '2024年某项目'],
          ['年度预算数', 10],
          ['实施期绩效目标', '完成某项工作，服务群众1000人次'],
          ['本年度绩效目标', '完成某项工作，服务群众1000人次'],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '服务人次', '≥1000人次'],
        ]),
      ),
    },
  ],
  invalid: [
    { name: 'a goal that is only a number', model: projectModel({ goal: '43.2' }), findings: [{ cell: 'B8', messageId: 'numberOnly', says: ['只写了“43.2”'] }] },
    {
      name: 'a multi-year project whose annual goal copies the mid-term one',
      model: read(
        sheet('表', [
          ['项目名称', '农业技术推广工作经费'],
          ['中期资金总额', 39.96, null, '年度资金总额', 21.22],
          ['中期目标(2024年—2026年)', null, null, '年度目标'],
          ['通过项目实施，承担全市农技推广体系建设，组织实施新品种新技术引进示范推广工作。', null, null, '通过项目实施，承担全市农技推广体系建设，组织实施新品种新技术引进示范推广工作。'],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '示范推广面积', '≥1000亩'],
        ]),
      ),
      findings: [{ cell: 'D4', messageId: 'copiedFromMid', cells: ['A4'], says: ['照抄了中期目标'] }],
    },
  ],
});

ruleTester('money/unit-written', {
  valid: [{ name: 'a number in a table that states 万元', model: projectModel() }],
  invalid: [
    { name: '250万 typed as text', model: projectModel({ budget: '250万', fiscal: '250万' }), findings: [{ cell: 'C4', messageId: 'shorthand', says: ['“250万”', '万元'] }] },
    { name: 'no unit stated anywhere', model: projectModel({ unitLine: null }), findings: [{ cell: 'C4', messageId: 'assumed', says: ['按万元理解'] }] },
  ],
});

ruleTester('money/prose-sum', {
  valid: [
    { name: 'parts that add up', model: projectModel({ goal: '本项目共申请预算资金200000元，其中培训费150000元，资料费50000元。' }) },
    { name: 'no 其中', model: projectModel() },
  ],
  invalid: [
    {
      name: 'parts that do not add up to the stated total',
      model: projectModel({ goal: '本项目共申请预算资金2026400元,其中村级组织运转400000元,报酬252000元,工资28000元,村级事务补助960000元,奖励100000元。' }),
      findings: [{ cell: 'B8', messageId: 'mismatch', says: ['2026400元', '= 1740000元', '相差 286400元'] }],
    },
  ],
});

ruleTester('year/beyond-budget-year', {
  valid: [
    { name: 'a deadline within the budget year', model: withRow(2, ['产出指标', '时效指标', '完成时间', '2024年12月底前完成']) },
    { name: 'a duration', model: projectModel() },
  ],
  invalid: [
    {
      name: 'a service period running into the next year',
      model: withRow(2, ['产出指标', '时效指标', '服务周期', '2024.07-2025.01']),
      findings: [{ cell: 'E12', messageId: 'target', says: ['到 2025 年', '本表是 2024 年预算'] }],
    },
    {
      name: 'a deadline in the name',
      model: withRow(2, ['产出指标', '时效指标', '截至2025年12月底项目开展率', '≥100%']),
      findings: [{ cell: 'C12', messageId: 'target' }],
    },
    {
      name: 'an implementation period past the budget year (a hint)',
      model: read(
        sheet('表', [
          ['项目名称', '2024年某项目'],
          ['实施期', '2024.07-2025.06'],
          ['预算数', 10],
          ['年度绩效目标', '完成某项工作'],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '人数', '≥10人'],
        ]),
      ),
      findings: [{ cell: 'B2', messageId: 'period', says: ['延续到 2025 年'] }],
    },
  ],
});

ruleTester('taxonomy/misfiled', {
  valid: [
    { name: 'every indicator where it belongs', model: projectModel() },
    { name: 'days counted under 数量指标', model: withRow(0, ['产出指标', '数量指标', '免费开放天数', '=300天']) },
    { name: 'the older template\'s satisfaction heading under 效益', model: withRow(5, ['效益指标', '社会公众或服务对象满意度指标', '群众满意度', '≥90%']) },
  ],
  invalid: [
    { name: 'a rate under 数量指标', model: withRow(0, ['产出指标', '数量指标', '发放覆盖率', '=100%']), findings: [{ cell: 'C10', messageId: 'shareAsQuantity', cells: ['E10', 'B10'], says: ['是比率'] }] },
    { name: 'time as a quantity', model: withRow(0, ['产出指标', '数量指标', '制作宣传横幅', '=1年']), findings: [{ cell: 'C10', messageId: 'timeAsQuantity' }] },
    { name: 'a count under 时效指标', model: withRow(2, ['产出指标', '时效指标', '培训批次', '≥3批']), findings: [{ cell: 'C12', messageId: 'countAsTimeliness' }] },
    { name: 'a cost that is no money', model: withRow(3, ['产出指标', '成本指标', '成本控制率', '≤100%']), findings: [{ cell: 'C13', messageId: 'costNotMoney', says: ['不是金额'] }] },
    { name: 'satisfaction under 社会效益指标', model: withRow(4, ['效益指标', '社会效益指标', '市民对空气质量改善的满意程度', '≥85%']), findings: [{ cell: 'C14', messageId: 'satisfactionElsewhere' }] },
    { name: 'nothing economic under 经济效益指标 (a hint)', model: withRow(4, ['效益指标', '经济效益指标', '安全率', '100%']), findings: [{ cell: 'C14', messageId: 'notEconomic' }] },
  ],
});

ruleTester('indicator/name-is-value', {
  valid: [{ name: 'names of what is measured', model: projectModel() }],
  invalid: [
    { name: 'a period as the name', model: withRow(2, ['产出指标', '时效指标', '2022年全年', '≥360天']), findings: [{ cell: 'C12', messageId: 'value' }] },
    { name: 'a target as the name', model: withRow(4, ['效益指标', '可持续影响指标', '≥360天服务读者', '≥360天']), findings: [{ cell: 'C14', messageId: 'value' }] },
    { name: 'a heading that does not apply', model: withRow(4, ['效益指标', '经济效益指标', '社会公益服务无经济效益', '公益性事业']), findings: [{ cell: 'C14', messageId: 'notApplicable' }] },
  ],
});

ruleTester('indicator/template-rows', {
  valid: [{ name: 'no template lines', model: projectModel() }],
  invalid: [
    {
      name: 'two unused lines, one finding',
      model: projectModel({ indicators: [GOOD_INDICATORS[0], ['产出指标', '数量指标', '指标2：', null], ['产出指标', '数量指标', '……', null], ...GOOD_INDICATORS.slice(1)] }),
      findings: [{ cell: 'C11', messageId: 'rows', cells: ['C12'], says: ['2 行', '指标2：'] }],
    },
  ],
});

ruleTester('text/template-prompt', {
  valid: [{ name: 'content written', model: projectModel() }],
  invalid: [
    { name: 'fill-in marks in a name', model: withRow(0, ['产出指标', '数量指标', '特困人员救助供养人数(≥**人)', '≥4754人']), findings: [{ cell: 'C10', messageId: 'marks', cells: ['D10'] }] },
    { name: 'the form\'s instruction as the goal', model: projectModel({ goal: '对照年度目标,说明相关任务目标的完成情况(100字以内)' }), findings: [{ cell: 'B8', messageId: 'instructions', says: ['填写说明'] }] },
  ],
});

ruleTester('indicator/unit-column', {
  valid: [{ name: 'units that agree', model: gridWith(['指标值', '计量单位'], [['产出指标', '数量指标', '人数', 10, '人'], ['产出指标', '质量指标', '合格率', '≥95%', '%']]) }],
  invalid: [
    {
      name: '% beside words and beside 万元',
      model: gridWith(['指标值', '计量单位'], [['产出指标', '数量指标', '支出安排金额', '28.8万元', '%'], ['效益指标', '社会效益指标', '保证单位正常运转', '应保尽保', '%']]),
      findings: [
        { cell: 'E5', messageId: 'clash', cells: ['D5'] },
        { cell: 'E6', messageId: 'clash', cells: ['D6'], says: ['定性指标不需要计量单位'] },
      ],
    },
    {
      name: '"-" all down the column (a hint)',
      model: gridWith(['指标值', '度量单位'], [['成本指标', '经济成本指标', '补助标准', '17元/人.每天', '-'], ['产出指标', '质量指标', '发放率', '90%以上', '-']]),
      findings: [{ cell: 'E5', messageId: 'dashes', cells: ['E6'] }],
    },
  ],
});

ruleTester('indicator/value-type', {
  valid: [{ name: 'types that agree, a date as 定量', model: gridWith(['指标值', '指标值类型'], [['产出指标', '数量指标', '人数', '≥10人', '定量'], ['产出指标', '时效指标', '完成时间', '2023年12月31日', '定量'], ['效益指标', '社会效益指标', '生活质量', '有所提升', '定性']]) }],
  invalid: [
    {
      name: '定性 beside a number, 定量 beside words',
      model: gridWith(['指标值', '指标值类型'], [['满意度指标', '服务对象满意度指标', '学生满意度', '95%以上', '定性'], ['产出指标', '时效指标', '工作安排时间', '按月安排', '定量']]),
      findings: [
        { cell: 'E5', messageId: 'qualitativeNumber', cells: ['D5'] },
        { cell: 'E6', messageId: 'quantitativeWords', cells: ['D6'] },
      ],
    },
  ],
});

ruleTester('indicator/unit-mismatch', {
  valid: [{ name: 'people counted in 人', model: withRow(0, ['产出指标', '数量指标', '保障村干部人数', '=42人']) }],
  invalid: [{ name: 'people counted in 个', model: withRow(0, ['产出指标', '数量指标', '保障村干部人数', '=42个']), findings: [{ cell: 'E10', messageId: 'mismatch', suggestion: '=42人' }] }],
});

ruleTester('indicator/unit-latin', {
  valid: [
    { name: 'Chinese units', model: projectModel() },
    { name: 'megabits of bandwidth', model: withRow(1, ['产出指标', '质量指标', '网络带宽', '≥100M']) },
  ],
  invalid: [
    { name: 'M for 米', model: withRow(1, ['产出指标', '质量指标', '风炮射程', '≥80M']), findings: [{ cell: 'E11', messageId: 'latin', suggestion: '≥80米' }] },
    { name: 'km for 公里', model: withRow(0, ['产出指标', '数量指标', '道路长度', '2km']), findings: [{ cell: 'E10', messageId: 'latin', suggestion: '2公里' }] },
  ],
});

ruleTester('indicator/percent-on-count', {
  valid: [{ name: 'a rate named as a rate', model: withRow(0, ['产出指标', '数量指标', '补助学生覆盖率', '95%']) }],
  invalid: [{ name: 'a count given in %', model: withRow(0, ['产出指标', '数量指标', '补助学生数量', '95%']), findings: [{ cell: 'E10', messageId: 'percent', says: ['是数量'] }] }],
});

ruleTester('indicator/weights-total', {
  valid: [
    { name: 'weights of 100', model: gridWith(['指标值', '权重'], [['产出指标', '数量指标', '人数', '≥10人', 60], ['效益指标', '社会效益指标', '就业率', '≥80%', 40]]) },
    { name: 'a stated total that agrees', model: gridWith(['指标值', '分值'], [['产出指标', '数量指标', '人数', '≥10人', 60], ['效益指标', '社会效益指标', '就业率', '≥80%', 40], ['合计', null, null, null, 100]]) },
  ],
  invalid: [
    {
      name: 'weights of 80',
      model: gridWith(['指标值', '权重'], [['产出指标', '数量指标', '人数', '≥10人', 40], ['效益指标', '社会效益指标', '就业率', '≥80%', 40]]),
      findings: [{ cell: 'E5', messageId: 'total', cells: ['E6'], says: ['40 + 40 = 80', '不是总分 100'] }],
    },
    {
      name: 'a stated total the weights do not reach',
      model: gridWith(['指标值', '分值'], [['产出指标', '数量指标', '人数', '≥10人', 50], ['效益指标', '社会效益指标', '就业率', '≥80%', 40], ['总分', null, null, null, 100]]),
      findings: [{ cell: 'E7', messageId: 'total', says: ['与合计栏的 100 不符'] }],
    },
    {
      name: 'a level-1 that states its points',
      model: gridWith(['指标值', '权重'], [['产出指标(50分)', '数量指标', '人数', '≥10人', 30], ['产出指标(50分)', '质量指标', '合格率', '≥95%', 10], ['效益指标(50分)', '社会效益指标', '就业率', '≥80%', 60]]),
      findings: [
        { cell: 'A5', messageId: 'level1', says: ['标明 50 分', '之和却是 40'] },
        { cell: 'A7', messageId: 'level1', says: ['标明 50 分', '之和却是 60'] },
      ],
    },
  ],
});

ruleTester('indicator/qualitative-output', {
  valid: [
    { name: 'numbers', model: projectModel() },
    { name: 'a yes/no target', model: withRow(1, ['产出指标', '质量指标', '已建工程是否存在质量问题', '否']) },
    { name: 'the policy wording for all of it', model: withRow(1, ['产出指标', '质量指标', '补助对象', '应保尽保']) },
  ],
  invalid: [
    { name: 'a grade word for quality', model: withRow(1, ['产出指标', '质量指标', '服务周期内空气质量', '优良']), findings: [{ cell: 'E11', messageId: 'words', says: ['质量指标', '“优良”'] }] },
    { name: 'a rule of conduct for quality', model: withRow(1, ['产出指标', '质量指标', '经费审批流程规范性', '严格执行相关制度规定']), findings: [{ cell: 'E11', messageId: 'words' }] },
  ],
});

ruleTester('consistency/figures', {
  valid: [
    { name: 'a target that agrees with its explanation', model: withRow(1, ['产出指标', '质量指标', '培训合格率', '1', '计划', '合格率达到100%']) },
    { name: 'the project money named as it is budgeted', model: projectModel({ goal: '本项目共申请预算资金200000元，用于组织培训。' }) },
    {
      name: 'two tasks charged to one spending line',
      model: read(
        sheet('部门', [
          ['部门整体绩效目标表'],
          ['部门名称', '某局'],
          ['资金总额', 60.8],
          ['地情编纂经费', 49.8],
          ['地情编纂经费', 11],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a target of 1 beside an explanation of 90%',
      model: withRow(1, ['产出指标', '质量指标', '调研覆盖率', 1, '计划', '90%(计划标准)']),
      findings: [{ cell: 'E11', messageId: 'targetVsExplanation', cells: ['D11'], says: ['“1”', '90%'] }],
    },
    {
      name: 'the project money in the goal against the budget',
      model: projectModel({ goal: '本项目共申请预算资金300000元，用于组织培训。' }),
      findings: [{ cell: 'B8', messageId: 'proseVsBudget', cells: ['C4'], says: ['300000元', '20万元'] }],
    },
    {
      name: '基本支出 written twice with different amounts',
      model: read(
        sheet('部门', [
          ['部门整体绩效目标表'],
          ['部门名称', '某局'],
          ['资金总额', 171.41],
          ['基本支出', 110.61],
          ['项目支出', 60.8],
          ['基本支出', 171.41],
        ]),
      ),
      findings: [{ cell: 'B6', messageId: 'twice', cells: ['B4'], says: ['110.61', '171.41'] }],
    },
  ],
});
