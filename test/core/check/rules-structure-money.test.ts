/** Rules on the parts of a table and its money: valid tables stay silent, each defect is found at its cell. */
import { ruleTester } from '../../helpers/rule-tester';
import { GOOD_INDICATORS, projectModel } from '../../helpers/table-builder';
import { read, sheet } from '../../helpers/grid';

ruleTester('required/fields', {
  valid: [
    { name: 'a complete table', model: projectModel() },
    { name: 'a name given only in the title', model: projectModel({ name: null, title: '2024年示例项目绩效目标表' }) },
  ],
  invalid: [
    { name: 'no code', model: projectModel({ code: null }), findings: [{ cell: 'B3', messageId: 'code', says: ['缺少项目编码'] }] },
    { name: 'no budget', model: projectModel({ budget: null }), findings: [{ cell: 'C4', messageId: 'budget', says: ['缺少预算数'] }] },
    {
      name: 'a budget that is not a number',
      model: projectModel({ budget: '二十万' }),
      findings: [{ cell: 'C4', messageId: 'budgetNotNumber', says: ['二十万', '不是数字'] }],
    },
    { name: 'no goal', model: projectModel({ goal: null }), findings: [{ cell: 'B8', messageId: 'goal', says: ['缺少绩效目标'] }] },
    { name: 'no name at all', model: projectModel({ name: null, title: null }), findings: [{ cell: 'E3', messageId: 'name' }] },
  ],
});

ruleTester('required/indicators', {
  valid: [{ name: 'a table with indicators', model: projectModel() }],
  invalid: [
    {
      name: 'a table with a header and no rows',
      model: projectModel({ indicators: [] }),
      findings: [{ cell: 'E3', messageId: 'none', says: ['没有任何绩效指标'] }],
    },
  ],
});

ruleTester('cell/error-value', {
  valid: [{ name: 'no error values', model: projectModel() }],
  invalid: [
    {
      name: '#REF! as the budget and #DIV/0! as a value',
      model: projectModel({
        budget: '#REF!',
        indicators: [...GOOD_INDICATORS.slice(0, 4), ['效益指标', '社会效益指标', '就业率', '#DIV/0!']],
      }),
      findings: [
        { cell: 'C4', messageId: 'error', says: ['#REF!'] },
        { cell: 'E14', messageId: 'error', says: ['#DIV/0!'] },
      ],
    },
  ],
});

ruleTester('money/sum', {
  valid: [
    { name: 'fiscal equals budget, other blank', model: projectModel({ budget: 20, fiscal: 20, other: null }) },
    { name: 'fiscal plus other', model: projectModel({ budget: 30, fiscal: 20, other: 10, indicators: [['产出指标', '成本指标', '总成本', '≤30万元']] }) },
    { name: 'money as text with rounding to the cent', model: projectModel({ budget: '15.80', fiscal: '15.8', other: '0.00' }) },
    { name: 'no fiscal field at all', model: read(sheet('s', [['项目名称', '甲'], ['预算数', 10], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '人数', '≥1人']])) },
  ],
  invalid: [
    {
      name: 'parts that do not add up',
      model: projectModel({ budget: 20, fiscal: 15, other: 3 }),
      findings: [{ cell: 'C4', messageId: 'mismatch', says: ['预算数 20万元', '15万元', '3万元', '18万元', '相差 2万元'], cells: ['E4', 'G4'] }],
    },
  ],
});

ruleTester('money/fiscal-exceeds-budget', {
  valid: [{ name: 'fiscal within the budget', model: projectModel({ budget: 20, fiscal: 18, other: 2 }) }],
  invalid: [
    {
      name: 'fiscal above the budget',
      model: projectModel({ budget: 20, fiscal: 25 }),
      findings: [{ cell: 'E4', messageId: 'exceeds', says: ['财政资金 25万元 大于预算数 20万元'] }],
    },
  ],
});

ruleTester('money/breakdown-total', {
  valid: [
    {
      name: 'a total that matches, with a 其中 line not counted',
      model: read(
        sheet('s', [
          ['项目名称', '清单项目'],
          ['项目资金来源', '资金来源项目', '金额'],
          [null, '合计', 100],
          [null, '1.财政拨款', 80],
          [null, '  其中：当年拨款', 80],
          [null, '2.其他收入', 20],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '人数', '≥1人'],
        ], { merges: ['A2:A6'] }),
      ),
    },
  ],
  invalid: [
    {
      name: 'a total that does not match',
      model: read(
        sheet('s', [
          ['项目名称', '清单项目'],
          ['项目支出明细', '支出项目', '金额'],
          [null, '合计', 100],
          [null, '1.设备购置', 70],
          [null, '2.人员培训', 20],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '人数', '≥1人'],
        ], { merges: ['A2:A5'] }),
      ),
      findings: [{ cell: 'C3', messageId: 'mismatch', says: ['合计 100万元', '90万元', '相差 10万元'] }],
    },
  ],
});

ruleTester('cost/exceeds-budget', {
  valid: [
    { name: 'cost equal to the budget', model: projectModel() },
    { name: 'cost in 元 equal to the budget in 万元', model: projectModel({ indicators: [['产出指标', '成本指标', '总成本', '≤200000元']] }) },
    { name: '"≤20万" read as 20万元', model: projectModel({ indicators: [['产出指标', '成本指标', '总成本', '≤20万']] }) },
    {
      name: 'a total row with its parts',
      model: projectModel({
        indicators: [
          ['产出指标', '成本指标', '总成本', '≤20万元'],
          ['产出指标', '成本指标', '设备成本', '≤12万元'],
          ['产出指标', '成本指标', '人员成本', '≤8万元'],
        ],
      }),
    },
    { name: 'a unit cost that is not a total', model: projectModel({ indicators: [['产出指标', '成本指标', '人均成本', '≤1000元/人']] }) },
  ],
  invalid: [
    {
      name: 'the example: ≤64万元 against a budget of 27.01万元',
      model: projectModel({ budget: 27.01, fiscal: 27.01, indicators: [['产出指标', '成本指标', '项目补助金额', '≤64万元']] }),
      findings: [{ cell: 'E10', messageId: 'single', says: ['成本指标 ≤64万元 超过预算数 27.01万元'] }],
    },
    {
      name: 'costs that add up to more than the budget, 亿元 and 元 converted',
      model: projectModel({
        indicators: [
          ['产出指标', '成本指标', '设备成本', '≤150000元'],
          ['成本指标', '经济成本指标', '建设成本', '≤0.001亿元'],
        ],
      }),
      findings: [{ cell: 'E10', messageId: 'total', says: ['合计 25万元', '预算数 20万元'], cells: ['E11', 'C4'] }],
    },
  ],
});

ruleTester('cost/far-below-budget', {
  valid: [
    { name: 'cost equal to the budget', model: projectModel() },
    { name: 'cost at 60% of the budget', model: projectModel({ indicators: [['产出指标', '成本指标', '总成本', '≤12万元']] }) },
    { name: 'a lower ratio configured', model: projectModel({ indicators: [['产出指标', '成本指标', '总成本', '≤5万元']] }), setting: ['warning', { ratio: 0.2 }] },
  ],
  invalid: [
    {
      name: 'cost under half of the budget',
      model: projectModel({ indicators: [['产出指标', '成本指标', '总成本', '≤5万元']] }),
      findings: [{ cell: 'E10', messageId: 'farBelow', says: ['5万元', '不到预算数 20万元 的 50%'] }],
    },
    {
      name: 'a cost in 元 with the budget\'s number: the unit was mistyped',
      model: projectModel({ budget: 15.8, fiscal: 15.8, indicators: [['产出指标', '成本指标', '总成本', '≤15.8元']] }),
      findings: [{ cell: 'E10', messageId: 'wrongUnit', suggestion: '≤15.8万元', says: ['单位可能写错', '≤15.8万元'] }],
    },
  ],
});

describe('money/sum with further parts of the budget', () => {
  it('adds 上年结转 and 上级补助资金 to the parts', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runChecks } = require('../../../src/core/check/engine') as typeof import('../../../src/core/check/engine');
    const rows = [
      ['项目名称', '多来源项目', null, '项目编码', '13020924P00071310099A'],
      ['年度资金总额', 100],
      ['其中：财政拨款', 60],
      ['上年结转资金', 10],
      ['上级补助资金', 20],
      ['其他资金', 10],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '人数', '≥1人'],
    ];
    const only = { rules: { 'money/sum': 'error' as const } };
    const model = read(sheet('s', rows));
    expect(model.projects[0].extraFunds).toEqual([{ label: '上级补助资金', amount: 20, cell: 'B5' }]);
    const quiet = runChecks(model, only).findings.filter((f) => f.rule === 'money/sum');
    expect(quiet).toEqual([]);
    rows[4][1] = 25;
    const found = runChecks(read(sheet('s', rows)), only).findings.filter((f) => f.rule === 'money/sum');
    expect(found.map((f) => f.message['zh-CN'])).toEqual([
      '预算数 100万元 不等于 财政资金 60万元 + 上年结转 10万元 + 上级补助资金 25万元 + 其他资金 10万元 = 105万元，相差 5万元；请核对金额',
    ]);
  });
});
