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
      singleFiscal: {
        'zh-CN': '成本指标 {value} 超过财政拨款 {budget}（预算数与其构成不符，按财政拨款衡量）：成本应不高于 {budget}',
        'en-US': 'The cost target {value} exceeds the fiscal grant {budget} (the budget contradicts its parts, so the grant is the measure): at most {budget}',
      },
      totalFiscal: {
        'zh-CN': '{count} 个成本指标合计 {total} 超过财政拨款 {budget}（预算数与其构成不符，按财政拨款衡量）：成本合计应不高于 {budget}',
        'en-US': 'The {count} cost targets total {total}, more than the fiscal grant {budget} (the budget contradicts its parts, so the grant is the measure): at most {budget}',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const cost = costTotal(project);
      // Against a fiscal grant standing in for a contradicted budget, only a clear excess (over 1%) is said: the
      // grant may have been adjusted during the year (≤90万元 set against the initial 90, adjusted to 89.974).
      if (!cost) continue;
      const allowance = cost.yardstick.kind === 'fiscal' ? cost.yardstick.amount * 0.01 : MONEY_TOLERANCE;
      if (cost.total <= cost.yardstick.amount + allowance) continue;
      const budget = money(cost.yardstick.amount, project.budgetUnit);
      const fiscal = cost.yardstick.kind === 'fiscal';
      const [first, ...rest] = cost.indicators;
      report({
        table: project,
        cell: first.cells.value ?? 'A1',
        cells: [...rest.map((i) => i.cells.value!).filter(Boolean), ...(cost.yardstick.cell ? [cost.yardstick.cell] : [])],
        messageId: cost.indicators.length === 1 ? (fiscal ? 'singleFiscal' : 'single') : fiscal ? 'totalFiscal' : 'total',
        data: { value: first.value, budget, total: money(cost.total, project.budgetUnit), count: cost.indicators.length },
        field: 'cost',
      });
    }
  },
});
