/** Department-wide targets: stated totals against their parts, money by source against money by use, task lists. */
import { ruleTester } from '../../helpers/rule-tester';
import { read, sheet } from '../../helpers/grid';
import { mofForm, TASKS, type Row } from '../../helpers/department-form';

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

function mof(tasks: Row[], total: Row | null) {
  const { rows, merges } = mofForm(tasks, total);
  return read(sheet('部门整体', rows, { merges }));
}

ruleTester('department/tasks-total', {
  valid: [
    { name: 'the total row equals the tasks, column by column', model: mof(TASKS, ['金额合计', null, null, 2600, 2500, 100]) },
    { name: 'no total row', model: mof(TASKS, null) },
    {
      name: 'blank 其他资金 cells count as nothing',
      model: mof(
        [
          [null, '甲', '内容', 800, 800, null],
          [null, '乙', '内容', 600, 500, 100],
        ],
        ['金额合计', null, null, 1400, 1300, 100],
      ),
    },
    { name: 'a total row left blank', model: mof(TASKS, ['金额合计', null, null, null, null, null]) },
  ],
  invalid: [
    {
      name: 'a total that is not the sum of the tasks (2800 for 800 + 600 + 1200)',
      model: mof(TASKS, ['金额合计', null, null, 2800, 2700, 100]),
      findings: [
        { cell: 'D9', messageId: 'total', says: ['金额合计 2800万元', '3 项任务之和 2600万元', '相差 200万元'], cells: ['D6', 'D7', 'D8'] },
        { cell: 'E9', messageId: 'sourceTotal', says: ['“财政拨款”合计 2700万元', '2500万元'] },
      ],
    },
    {
      name: 'a task whose sources do not add up to its 总额',
      model: mof([TASKS[0], [null, '水污染防治', '内容', 600, 400, 100], TASKS[2]], ['金额合计', null, null, 2600, 2400, 100]),
      // The total row follows the tasks column by column, so its own sources cannot add up either.
      findings: [
        { cell: 'D7', messageId: 'sources', says: ['“水污染防治”的总额 600万元', '财政拨款、其他资金之和 500万元', '相差 100万元'] },
        { cell: 'D9', messageId: 'sources', says: ['“金额合计”的总额 2600万元', '2500万元'] },
      ],
    },
  ],
});
