/** Indicator values: placeholders, vague words, comparators, units, direction, thresholds. */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel, type IndicatorRow } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';

/** The good table with one indicator row replaced (index 0..5), so the finding lands on row 10 + index. */
function withRow(index: number, row: IndicatorRow) {
  const rows = [...GOOD_INDICATORS];
  rows[index] = row;
  return projectModel({ indicators: rows });
}

ruleTester('indicator/placeholder', {
  valid: [
    { name: 'real values', model: projectModel() },
    {
      name: 'a self-evaluation’s 决策 and 过程 rows, scored by the rubric with no target',
      model: read(
        sheet('表', [
          ['项目名称', '学校公用经费'],
          ['一级指标', '二级指标', '三级指标', '分值', '指标值', '全年实际值', '得分'],
          ['项目决策(10分)', '项目立项', '立项依据充分性', 5, null, '依据充分', 5],
          ['项目管理(20分)', '财务管理', '财务管理制度有效性', 10, '-', '制度健全', 10],
          ['项目产出(40分)', '数量指标', '保障学生人数', 40, '≥2000人', '2370人', 40],
        ]),
      ),
    },
  ],
  invalid: [
    { name: 'an empty value', model: withRow(0, ['产出指标', '数量指标', '培训人数', null]), findings: [{ cell: 'E10', messageId: 'emptyValue' }] },
    { name: '无 as the value', model: withRow(1, ['产出指标', '质量指标', '培训合格率', '无']), findings: [{ cell: 'E11', messageId: 'placeholderValue', says: ['“无”'] }] },
    { name: '不涉及 as the value', model: withRow(2, ['产出指标', '时效指标', '完成时间', '不涉及']), findings: [{ cell: 'E12', messageId: 'placeholderValue' }] },
    { name: '/ as the name', model: withRow(4, ['效益指标', '社会效益指标', '/', '≥80%', '计划', '/']), findings: [{ cell: 'C14', messageId: 'placeholderName' }] },
  ],
});

ruleTester('indicator/duplicate-name', {
  valid: [{ name: 'distinct names', model: projectModel() }],
  invalid: [
    {
      name: 'the same name twice',
      model: withRow(1, ['产出指标', '质量指标', '培训人数', '≥95%']),
      findings: [{ cell: 'C11', messageId: 'duplicate', cells: ['C10'], says: ['培训人数', 'C10'] }],
    },
  ],
});

ruleTester('indicator/vague', {
  valid: [
    { name: 'numbers', model: projectModel() },
    { name: 'a deadline for timeliness', model: withRow(2, ['产出指标', '时效指标', '完成时间', '2024年12月底前完成']) },
    { name: 'vague words in a benefit (indicator/unmeasurable\'s matter)', model: withRow(4, ['效益指标', '社会效益指标', '就业形势', '保持稳定']) },
  ],
  invalid: [
    { name: '明显提高 for quality', model: withRow(1, ['产出指标', '质量指标', '培训质量', '明显提高']), findings: [{ cell: 'E11', messageId: 'vague', says: ['“明显提高”', '应量化'] }] },
    { name: '不低于上年度水平 under a misplaced 质量指标', model: withRow(4, ['效益指标', '质量指标', '覆盖面', '不低于上年度水平']), findings: [{ cell: 'E14', messageId: 'vague' }] },
    { name: '进一步 for quantity', model: withRow(0, ['产出指标', '数量指标', '培训人数', '进一步增加']), findings: [{ cell: 'E10', messageId: 'vague' }] },
    // The realworld corpus: reviewers flag a timeliness target that names no time (东莞 及时, 天津 按计划实施, 湖南 按月安排).
    { name: '及时 for timeliness', model: withRow(2, ['产出指标', '时效指标', '结算款支付及时性', '及时']), findings: [{ cell: 'E12', messageId: 'noDeadline', says: ['没有期限', '12月底前完成'] }] },
    { name: '按期完成 for timeliness', model: withRow(2, ['产出指标', '时效指标', '完成时间', '按期完成']), findings: [{ cell: 'E12', messageId: 'noDeadline' }] },
    { name: '按计划实施 for progress', model: withRow(2, ['产出指标', '时效指标', '项目进度', '按计划实施']), findings: [{ cell: 'E12', messageId: 'noDeadline' }] },
  ],
});

ruleTester('indicator/unquantified', {
  valid: [
    { name: 'numbers', model: projectModel() },
    { name: '按期完成 for a completion time', model: withRow(2, ['产出指标', '时效指标', '完成时间', '按期完成']) },
    { name: '合格 for quality without a rate in the name', model: withRow(1, ['产出指标', '质量指标', '培训质量', '合格']) },
  ],
  invalid: [
    { name: 'a coverage given as a place', model: withRow(4, ['效益指标', '社会效益指标', '基层服务覆盖范围', '湛江市基层']), findings: [{ cell: 'E14', messageId: 'words', says: ['比率', '湛江市基层'] }] },
    { name: 'a count given as words', model: withRow(0, ['产出指标', '数量指标', '培训场次', '若干']), findings: [{ cell: 'E10', messageId: 'words', says: ['数量'] }] },
  ],
});

ruleTester('indicator/several-values', {
  valid: [{ name: 'one value per cell', model: projectModel() }],
  invalid: [{ name: 'two values in one cell', model: withRow(0, ['产出指标', '数量指标', '扶持创业人数及带动就业人数', '1000人、3000人']), findings: [{ cell: 'E10', messageId: 'several', says: ['2 个目标值', '拆分'] }] }],
});

ruleTester('indicator/comparator-missing', {
  valid: [{ name: 'comparators written', model: projectModel() }, { name: 'a qualitative value', model: withRow(2, ['产出指标', '时效指标', '完成时间', '按期完成']) }],
  invalid: [{ name: '32人', model: withRow(0, ['产出指标', '数量指标', '缴纳人数', '32人']), findings: [{ cell: 'E10', messageId: 'missing', says: ['=32人'] }] }],
});

ruleTester('indicator/unit-missing', {
  valid: [
    { name: 'units written', model: projectModel() },
    { name: 'the unit in the name', model: withRow(0, ['产出指标', '数量指标', '城镇新增就业人数（人）', 50000]) },
    { name: 'a count whose name tells the unit', model: withRow(0, ['产出指标', '数量指标', '扶持企业个数', '≥350']) },
    { name: 'a rate as a bare fraction', model: withRow(1, ['产出指标', '质量指标', '培训合格率', 0.95]) },
  ],
  invalid: [{ name: 'a bare number', model: withRow(0, ['产出指标', '数量指标', '培训规模', '≥200']), findings: [{ cell: 'E10', messageId: 'missing', says: ['没有计量单位'] }] }],
});

ruleTester('indicator/unit-implied', {
  valid: [{ name: 'units written', model: projectModel() }],
  invalid: [
    { name: 'a count whose name says 个数', model: withRow(0, ['产出指标', '数量指标', '扶持企业个数', 350]), findings: [{ cell: 'E10', messageId: 'implied', suggestion: '350个' }] },
    { name: 'a rate without %', model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥95']), findings: [{ cell: 'E11', messageId: 'implied', suggestion: '≥95%' }] },
  ],
});

ruleTester('indicator/decimal-rate', {
  valid: [
    { name: 'percentages', model: projectModel() },
    { name: 'a fraction cell formatted as %', model: read(sheet('s', [['项目名称', '甲'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '质量指标', '合格率', 0.95]], { formats: { D3: '0%' } })) },
  ],
  invalid: [{ name: '0.95 for a rate', model: withRow(1, ['产出指标', '质量指标', '培训合格率', 0.95]), findings: [{ cell: 'E11', messageId: 'decimal', suggestion: '95%' }] }],
});

ruleTester('indicator/unit-nonstandard', {
  valid: [{ name: 'standard units', model: projectModel() }],
  invalid: [{ name: '100百分比', model: withRow(1, ['产出指标', '质量指标', '足额缴纳率', '100百分比']), findings: [{ cell: 'E11', messageId: 'nonstandard', suggestion: '100%' }] }],
});

ruleTester('indicator/unit-shorthand', {
  valid: [{ name: '万元 written out', model: projectModel() }, { name: '7万张 is not money', model: withRow(0, ['产出指标', '数量指标', '发卡量', '≥7万张']) }],
  invalid: [{ name: '≤20万 for a cost', model: withRow(3, ['产出指标', '成本指标', '培训总成本', '≤20万']), findings: [{ cell: 'E13', messageId: 'shorthand', suggestion: '≤20万元' }] }],
});

ruleTester('indicator/full-width', {
  valid: [{ name: 'half-width', model: projectModel() }],
  invalid: [
    { name: '＞90%', model: withRow(4, ['效益指标', '社会效益指标', '就业率', '＞90%']), findings: [{ cell: 'E14', messageId: 'fullWidth', suggestion: '>90%' }] },
    { name: '≧95%', model: withRow(5, ['满意度指标', '服务对象满意度指标', '满意度', '≧95%']), findings: [{ cell: 'E15', messageId: 'fullWidth', suggestion: '≥95%' }] },
  ],
});

ruleTester('indicator/percent-over-100', {
  valid: [{ name: '100% exactly', model: withRow(1, ['产出指标', '质量指标', '合格率', '100%']) }, { name: 'a growth rate', model: withRow(4, ['效益指标', '经济效益指标', '收入增长率', '≥120%']) }],
  invalid: [{ name: 'a pass rate of 105%', model: withRow(1, ['产出指标', '质量指标', '培训合格率', '≥105%']), findings: [{ cell: 'E11', messageId: 'over', says: ['超过 100%'] }] }],
});

ruleTester('indicator/direction', {
  valid: [
    { name: 'the usual directions', model: projectModel() },
    { name: 'a complaint rate capped', model: withRow(4, ['效益指标', '社会效益指标', '投诉率', '≤1%']) },
    { name: 'a time limit capped', model: withRow(2, ['产出指标', '时效指标', '办结时限', '≤15个工作日']) },
  ],
  invalid: [
    { name: 'a quantity capped (≤9处)', model: withRow(0, ['产出指标', '数量指标', '采购数量', '≤9处']), findings: [{ cell: 'E10', messageId: 'shouldBeAtLeast', suggestion: '≥9处' }] },
    { name: 'a cost with a floor', model: withRow(3, ['产出指标', '成本指标', '培训总成本', '≥20万元']), findings: [{ cell: 'E13', messageId: 'shouldBeAtMost', suggestion: '≤20万元' }] },
    { name: 'a satisfaction capped', model: withRow(5, ['满意度指标', '服务对象满意度指标', '满意度', '≤90%']), findings: [{ cell: 'E15', messageId: 'shouldBeAtLeast', suggestion: '≥90%' }] },
  ],
});

ruleTester('indicator/satisfaction-low', {
  valid: [
    { name: '≥90%', model: projectModel() },
    { name: '85% exactly', model: withRow(5, ['满意度指标', '服务对象满意度指标', '满意度', '≥85%']) },
    { name: '≥75% with a threshold of 70', model: withRow(5, ['满意度指标', '服务对象满意度指标', '满意度', '≥75%']), setting: ['warning', { threshold: 70 }] },
  ],
  invalid: [
    { name: '≥75%', model: withRow(5, ['满意度指标', '服务对象满意度指标', '群众满意度', '≥75%']), findings: [{ cell: 'E15', messageId: 'low', says: ['≥75%', '85%'] }] },
    { name: '≥88% with a threshold of 90', model: withRow(5, ['满意度指标', '服务对象满意度指标', '满意度', '≥88%']), setting: ['error', { threshold: 90 }], findings: [{ cell: 'E15', messageId: 'low', says: ['90%'] }] },
  ],
});

ruleTester('indicator/basis-missing', {
  valid: [
    { name: 'every basis given', model: projectModel() },
    { name: 'a table without a basis column', model: read(sheet('s', [['项目名称', '甲'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '人数', '≥1人']])) },
  ],
  invalid: [{ name: 'an empty basis', model: withRow(0, ['产出指标', '数量指标', '培训人数', '≥200人', '']), findings: [{ cell: 'F10', messageId: 'missing' }] }],
});

ruleTester('indicator/unmeasurable', {
  valid: [{ name: 'measurable benefits', model: projectModel() }],
  invalid: [
    { name: '保障工作顺利开展 ≥90%', model: withRow(4, ['效益指标', '社会效益指标', '保障工作顺利开展', '≥90%', '计划', '工作顺利开展程度']), findings: [{ cell: 'C14', messageId: 'uncountable', says: ['顺利开展'] }] },
    { name: 'a benefit valued 保持稳定', model: withRow(4, ['效益指标', '可持续影响指标', '对就业局势的影响', '保持稳定']), findings: [{ cell: 'E14', messageId: 'vagueBenefit' }] },
    { name: 'a name that repeats the project name', model: withRow(0, ['产出指标', '数量指标', '2024年就业技能培训项目', '≥1项']), findings: [{ cell: 'C10', messageId: 'repeatsProject', says: ['项目名称'] }] },
  ],
});

ruleTester('indicator/approximate', {
  valid: [{ name: 'definite values', model: projectModel() }],
  invalid: [{ name: '约5.5万人次', model: withRow(0, ['产出指标', '数量指标', '五险净增人数', '约5.5万人次']), findings: [{ cell: 'E10', messageId: 'approximate' }] }],
});

ruleTester('indicator/in-sentence', {
  valid: [{ name: 'plain values', model: projectModel() }],
  invalid: [{ name: 'a value written as a sentence', model: withRow(2, ['产出指标', '时效指标', '举报案件', '在规定时间结案率为95%']), findings: [{ cell: 'E12', messageId: 'sentence', suggestion: '95%' }] }],
});
