/** A stated 合计 (资金来源, 支出明细) must equal the sum of its items; "其中" lines are parts of the line above. */
import { defineRule, money, sameAmount } from '../define';

export default defineRule({
  meta: {
    id: 'money/breakdown-total',
    category: 'money',
    severity: 'error',
    description: {
      'zh-CN': '资金来源、支出明细等清单的“合计”应等于各项之和',
      'en-US': 'The 合计 (total) of a list of amounts must equal the sum of its items',
    },
    messages: {
      mismatch: {
        'zh-CN': '“{title}”的合计 {total} 不等于各项之和 {sum}，相差 {difference}',
        'en-US': 'The total {total} of "{title}" does not equal the sum of its items, {sum} (off by {difference})',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      for (const breakdown of project.breakdowns) {
        if (!breakdown.total) continue;
        const items = breakdown.items.filter((i) => !i.subItem);
        if (items.length < 2 || items.every((i) => i.amount === null)) continue;
        const sum = items.reduce((acc, i) => acc + (i.amount ?? 0), 0);
        if (sameAmount(sum, breakdown.total.amount)) continue;
        report({
          table: project,
          cell: breakdown.total.cell,
          cells: items.filter((i) => i.amount !== null).map((i) => i.cell),
          messageId: 'mismatch',
          data: {
            title: breakdown.title,
            total: money(breakdown.total.amount, project.budgetUnit),
            sum: money(sum, project.budgetUnit),
            difference: money(Math.abs(sum - breakdown.total.amount), project.budgetUnit),
          },
          field: `breakdown:${breakdown.title}`,
        });
      }
    }
  },
});
