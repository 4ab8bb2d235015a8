/** Department-wide tables: money by source (财政拨款 + 其他资金 …) must equal money by use (基本支出 + 项目支出). */
import { defineRule, money, sameAmount } from '../define';

const SOURCE = /^(其中[:：]?)?(财政拨款|一般公共预算|政府性基金|财政专户|其他资金|其他收入|事业收入|经营收入|上年结转|上级补助|附属单位上缴)/;
const USE = /^(基本支出|项目支出)$/;

export default defineRule({
  meta: {
    id: 'department/budget-balance',
    category: 'department',
    severity: 'error',
    description: {
      'zh-CN': '部门整体预算中，按来源（财政拨款、其他资金…）合计应等于按用途（基本支出、项目支出）合计',
      'en-US': 'In a department-wide budget, money by source (财政拨款, 其他资金 …) equals money by use (基本支出, 项目支出)',
    },
    messages: {
      unbalanced: {
        'zh-CN': '收入来源合计 {sources}（{sourceList}）不等于支出合计 {uses}（{useList}），相差 {difference}',
        'en-US': 'Money by source {sources} ({sourceList}) does not equal money by use {uses} ({useList}), off by {difference}',
      },
    },
  },
  check({ model, report }) {
    for (const department of model.departments) {
      const sources = department.amounts.filter((a) => SOURCE.test(a.label));
      const uses = department.amounts.filter((a) => USE.test(a.label));
      if (sources.length === 0 || uses.length < 2) continue;
      const sourceSum = sources.reduce((acc, a) => acc + a.amount, 0);
      const useSum = uses.reduce((acc, a) => acc + a.amount, 0);
      if (sameAmount(sourceSum, useSum)) continue;
      const unit = department.budgetUnit ?? '';
      report({
        table: department,
        cell: sources[0].cell,
        cells: [...sources.slice(1), ...uses].map((a) => a.cell),
        messageId: 'unbalanced',
        data: {
          sources: money(sourceSum, unit),
          uses: money(useSum, unit),
          sourceList: sources.map((a) => a.label).join('+'),
          useList: uses.map((a) => a.label).join('+'),
          difference: money(Math.abs(sourceSum - useSum), unit),
        },
        field: 'budget-balance',
      });
    }
  },
});
