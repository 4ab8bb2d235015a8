/** Rule 4: the cost indicators add up to more than the budget (元/万元/亿元 converted). */
import { defineRule, money, MONEY_TOLERANCE } from '../define';
import { costTotal } from './cost-total';

export default defineRule({
  meta: {
    id: 'cost/exceeds-budget',
    category: 'money',
    severity: 'error',
    description: {
      'zh-CN': '成本指标（换算为同一单位后）超过预算数',
      'en-US': 'The cost indicators (in one unit) exceed the budget',
    },
    messages: {
      single: {
        'zh-CN': '成本指标 {value} 超过预算数 {budget}：成本应控制在预算以内，应不高于 {budget}',
        'en-US': 'The cost target {value} exceeds the budget {budget}: costs stay within the budget, at most {budget}',
      },
      total: {
        'zh-CN': '{count} 个成本指标合计 {total} 超过预算数 {budget}：成本合计应不高于 {budget}',
        'en-US': 'The {count} cost targets total {total}, more than the budget {budget}: together they should be at most {budget}',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const cost = costTotal(project);
      if (!cost || project.budget === null || cost.total <= project.budget + MONEY_TOLERANCE) continue;
      const budget = money(project.budget, project.budgetUnit);
      const [first, ...rest] = cost.indicators;
      report({
        table: project,
        cell: first.cells.value ?? 'A1',
        cells: [...rest.map((i) => i.cells.value!).filter(Boolean), ...(project.cells.budget ? [project.cells.budget] : [])],
        messageId: cost.indicators.length === 1 ? 'single' : 'total',
        data: { value: first.value, budget, total: money(cost.total, project.budgetUnit), count: cost.indicators.length },
        field: 'cost',
      });
    }
  },
});
