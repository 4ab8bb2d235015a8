/** Rule 2: fiscal money can never be more than the whole budget. */
import { defineRule, money, MONEY_TOLERANCE } from '../define';

export default defineRule({
  meta: {
    id: 'money/fiscal-exceeds-budget',
    category: 'money',
    severity: 'error',
    description: { 'zh-CN': '财政资金不能大于预算数', 'en-US': 'Fiscal money cannot exceed the budget' },
    messages: {
      exceeds: {
        'zh-CN': '财政资金 {fiscal} 大于预算数 {budget}：财政资金是预算数的一部分，应不超过 {budget}',
        'en-US': 'Fiscal money {fiscal} is more than the budget {budget}: it is part of the budget and should be at most {budget}',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const { budget, fiscal } = project;
      if (budget === null || fiscal === null || fiscal <= budget + MONEY_TOLERANCE) continue;
      report({
        table: project,
        cell: project.cells.fiscal ?? project.cells.budget ?? 'A1',
        cells: project.cells.budget ? [project.cells.budget] : undefined,
        messageId: 'exceeds',
        data: { fiscal: money(fiscal, project.budgetUnit), budget: money(budget, project.budgetUnit) },
        field: 'fiscal',
      });
    }
  },
});
