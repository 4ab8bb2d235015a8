/**
 * What a second set of published forms (written up blind, before the tool saw them) taught: rates among the costs,
 * money cells holding text, targets written into names, aims valued in percent, "≥100%", comparators in a column of
 * their own, and a level-1 column left blank from top to bottom.
 */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel, type IndicatorRow } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';
import type { CellValue } from '../../../src/core/grid';

/** The good table with one indicator row replaced (index 0..5), so the finding lands on row 10 + index. */
function withRow(index: number, row: IndicatorRow, budget: CellValue = 20) {
  const rows = [...GOOD_INDICATORS];
  rows[index] = row;
  return projectModel({ indicators: rows, budget, fiscal: budget });
}

/** A small table whose indicator grid has the given columns: header in row 4, indicators from row 5. */
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

ruleTester('money/not-an-amount', {
  valid: [
    { name: 'amounts in every money cell', model: projectModel() },
    {
      name: 'prose the form put beside 其他资金 (a goal), which is the reader\'s placement, not an amount',
      model: projectModel({ other: '到2022年底，生猪生产稳定有序发展，完成市政府既定目标。' }),
    },
  ],
  invalid: [
    {
      name: '财政拨款 written twice, with its make-up (岳阳县 2022)',
      model: projectModel({ fiscal: '854万854万(高标准农田建设400万元,示范建设295万元)' }),
      findings: [{ cell: 'E4', messageId: 'text', says: ['财政拨款一栏写的是', '不是金额', '如 854'] }],
    },
    {
      name: 'the fund\'s name before the amount (武川县 2021)',
      model: projectModel({ fiscal: '中央衔接推进乡村振兴补助资金(少数民族发展任务)20' }),
      findings: [{ cell: 'E4', messageId: 'text', says: ['请只填数字'] }],
    },
  ],
});

ruleTester('cost/far-below-budget', {
  valid: [
    { name: 'a rate per person (配套资金每人每年 75元) is not an amount to add up', model: withRow(3, ['产出指标', '成本指标', '配套资金每人每年', '≤75元'], 65.66) },
    {
      name: 'amounts beside rates per unit: the total is unknown, so is the shortfall (武川县 2021)',
      model: projectModel({
        budget: 50,
        fiscal: 50,
        indicators: [
          ...GOOD_INDICATORS.filter((r) => r[1] !== '成本指标'),
          ['成本指标', '经济成本指标', '打井、配电', '≤50000元'],
          ['成本指标', '经济成本指标', '饲料库120平米', '≤490元/平方米'],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a rate that does not say per what, far below the budget read literally (补助标准 ≤2万元 for 20万元)',
      model: withRow(3, ['产出指标', '成本指标', '道路建设补助标准', '≤2万元']),
      findings: [{ cell: 'E13', messageId: 'rateWithoutBase', says: ['单价或标准', '没有写计量基数', '万元/公里'] }],
    },
  ],
});

ruleTester('indicator/name-is-value', {
  valid: [
    { name: 'a road named with its count, measured in km', model: withRow(0, ['产出指标', '数量指标', '新建水泥路1条', '≥2公里']) },
    { name: 'a wall named with its length, costed per metre', model: withRow(3, ['产出指标', '成本指标', '围墙300米', '≤300元/米']) },
    { name: 'a number inside the name that is not at its end', model: withRow(0, ['产出指标', '数量指标', '3岁以下婴幼儿照护人数', '≥200人']) },
  ],
  invalid: [
    {
      name: 'a target in the name that differs from the value (衡阳县 2018)',
      model: withRow(1, ['产出指标', '质量指标', '*建设质量达标率100%', '≥98%']),
      findings: [{ cell: 'C11', messageId: 'targetInName', says: ['100%', '≥98%', '两处不一致', '建设质量达标率'] }],
    },
    {
      name: 'the same count in the name and the value, in another unit (井研县 2023)',
      model: withRow(0, ['产出指标', '数量指标', '村组干部230人', '≥230个']),
      findings: [{ cell: 'C10', messageId: 'targetInName', says: ['230人', '单位却是“个”', '应与名称一致为“人”'] }],
    },
  ],
});

ruleTester('indicator/unmeasurable', {
  valid: [
    { name: 'a change that can be counted', model: withRow(4, ['效益指标', '经济效益指标', '带动农户增收', '≥5%']) },
    { name: 'an aim whose description names the rate', model: withRow(4, ['效益指标', '社会效益指标', '社会稳定', '>90%', undefined, '保障群众稳定率']) },
    { name: 'an aim valued in words is the vague-value message\'s concern', model: withRow(4, ['效益指标', '社会效益指标', '参训人员就业率', '≥80%']) },
  ],
  invalid: [
    {
      name: 'an aim valued in percent (维护社会稳定 ≥95%)',
      model: withRow(4, ['效益指标', '社会效益指标', '维护社会稳定', '≥95%']),
      findings: [{ cell: 'C14', messageId: 'uncountable', says: ['维护社会稳定', '难以衡量'] }],
    },
  ],
});

ruleTester('indicator/percent-over-100', {
  valid: [{ name: '=100%', model: withRow(1, ['产出指标', '质量指标', '培训合格率', '=100%']) }],
  invalid: [
    {
      name: '≥100% for a rate that cannot pass 100%: said at info, with =100% suggested',
      model: withRow(1, ['产出指标', '质量指标', '完成及时率', '≥100%']),
      findings: [{ cell: 'E11', messageId: 'atLeast100', suggestion: '=100%', says: ['“≥”没有意义', '=100%'] }],
    },
    {
      name: 'the comparator in a column of its own gets "=", the number keeps its cell',
      model: gridWith(['指标性质', '指标值', '度量单位'], [['产出指标', '时效指标', '资金到位及时率', '≧', 100, '%']]),
      findings: [{ cell: 'D5', messageId: 'atLeast100', suggestion: '=' }],
    },
  ],
});

ruleTester('indicator/full-width', {
  valid: [{ name: 'standard comparators in their own column', model: gridWith(['指标性质', '指标值', '度量单位'], [['产出指标', '数量指标', '受助人数', '≥', 735, '人次']]) }],
  invalid: [
    {
      name: '≧ in the comparator column: the fix is that cell, not the number\'s',
      model: gridWith(['指标性质', '指标值', '度量单位'], [['产出指标', '数量指标', '受助人数', '≧', 735, '人次']]),
      findings: [{ cell: 'D5', messageId: 'fullWidth', suggestion: '≥', says: ['“≧”', '“≥”'] }],
    },
    {
      name: '═ (a box-drawing line) typed for "="',
      model: gridWith(['指标性质', '指标值', '度量单位'], [['产出指标', '质量指标', '补助标准达标率', '═', 100, '%']]),
      findings: [{ cell: 'D5', messageId: 'fullWidth', suggestion: '=' }],
    },
  ],
});

ruleTester('indicator/unit-nonstandard', {
  valid: [],
  invalid: [
    {
      name: 'a value split over 指标值 | 度量单位 gets the message but no rewrite (it would put the unit in twice)',
      model: gridWith(['指标值', '度量单位'], [['产出指标', '质量指标', '合格率', '≥95', '百分比']]),
      findings: [{ cell: 'D5', messageId: 'nonstandard' }],
    },
  ],
});

ruleTester('taxonomy/level1-unknown', {
  valid: [],
  invalid: [
    {
      name: 'a level-1 column blank from top to bottom is one finding at its first cell (武川县 2021)',
      model: gridWith(['指标值'], [
        [null, '数量指标', '养殖场数量', '≥1个'],
        [null, '质量指标', '验收合格率', '≥95%'],
        [null, '时效指标', '竣工时限', '≤12个月'],
      ]),
      findings: [{ cell: 'A5', messageId: 'columnEmpty', says: ['整列空白', '3 行'] }],
    },
  ],
});

ruleTester('taxonomy/misfiled', {
  valid: [
    {
      name: 'a rate\'s name counted in trials (肥料利用率 ≧5组) is a quantity',
      model: withRow(0, ['产出指标', '数量指标', '1、肥料利用率', '≥5组']),
    },
  ],
  invalid: [
    {
      name: 'a rate in percent under 数量指标',
      model: withRow(0, ['产出指标', '数量指标', '肥料利用率', '≥40%']),
      findings: [{ cell: 'C10', messageId: 'shareAsQuantity' }],
    },
  ],
});
