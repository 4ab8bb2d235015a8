/** Department-wide targets: stated totals against their parts. */
import { ruleTester } from '../../helpers/rule-tester';
import { read, sheet } from '../../helpers/grid';

function prose(text: string) {
  return read(sheet('部门', [['2024年部门整体绩效目标'], ['一、总体绩效目标'], [text]]));
}

ruleTester('department/figures-sum', {
  valid: [
    {
      name: 'the example: 477 = 153 + 130 + 194, 5578 = 1347 + 1004 + 3227',
      model: prose('绩效目标：我区计划推进实施重点项目477个，总投资5578亿元。其中，续建项目153个，总投资1347亿元；计划开工项目130个，总投资1004亿元；前期项目194个，总投资3227亿元。'),
    },
    { name: 'parts without a stated total', model: prose('绩效指标：计划开工项目130个，总投资1004亿元；前期项目194个，总投资3227亿元。') },
  ],
  invalid: [
    {
      name: 'a total that is off',
      model: prose('计划推进实施重点项目480个，总投资5578亿元。其中，续建项目153个，总投资1347亿元；计划开工项目130个，总投资1004亿元；前期项目194个，总投资3227亿元。'),
      findings: [{ cell: 'A3', messageId: 'mismatch', says: ['480个', '153 + 130 + 194 = 477个'] }],
    },
  ],
});

ruleTester('department/budget-balance', {
  valid: [
    {
      name: 'sources equal uses (a formula total)',
      model: read(sheet('s', [['2024年部门整体预算绩效目标表'], ['部门名称', '某局'], ['预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '预算金额（万元）'], [null, '基本支出', 10891.615675, '财政拨款', 72807.384975], [null, '项目支出', 61915.7693, '其他资金', 0]])),
    },
  ],
  invalid: [
    {
      name: 'sources that do not cover the uses',
      model: read(sheet('s', [['2024年部门整体预算绩效目标表'], ['部门名称', '某局'], ['预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '预算金额（万元）'], [null, '基本支出', 100, '财政拨款', 150], [null, '项目支出', 60, '其他资金', 0]])),
      findings: [{ cell: 'E4', messageId: 'unbalanced', says: ['150万元', '160万元', '相差 10万元'] }],
    },
  ],
});
