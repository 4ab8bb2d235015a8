/**
 * Rule 4: the cost indicators come to far less than the budget (under half by default). When a single cost value in
 * 元 has the same number as the budget in 万元, the unit was most likely mistyped: the message says so and suggests
 * the corrected unit. (A cost in 元 that equals the budget once converted is correct and stays quiet.)
 */
import { defineRule, money } from '../define';
import { moneyUnitOf } from '../indicator-kinds';
import { formatNumber } from '../../normalize/text';
import { costTotal } from './cost-total';

export default defineRule<{ ratio: number }>({
  meta: {
    id: 'cost/far-below-budget',
    category: 'money',
    severity: 'warning',
    description: {
      'zh-CN': '成本指标远低于预算数（默认不到一半），或金额单位可能写错',
      'en-US': 'The cost indicators are far below the budget (under half by default), or the money unit may be wrong',
    },
    options: {
      ratio: {
        type: 'number',
        default: 0.5,
        minimum: 0,
        maximum: 1,
        description: { 'zh-CN': '成本合计低于预算数的这一比例时提示', 'en-US': 'Warn when the cost total is below this share of the budget' },
      },
    },
    messages: {
      farBelow: {
        'zh-CN': '成本指标合计 {total} 不到预算数 {budget} 的 {percent}：成本目标应与预算相符，请核对',
        'en-US': 'The cost targets total {total}, under {percent} of the budget {budget}: costs should match the budget; check them',
      },
      rateWithoutBase: {
        'zh-CN': '成本指标“{indicator}”是单价或标准，指标值“{value}”却没有写计量基数（如“万元/公里”“元/人”）：照字面读远低于预算数 {budget}，请写明按什么计',
        'en-US': 'The cost "{indicator}" is a rate, but its value "{value}" does not say per what (such as 万元/公里, 元/人): read literally it is far below the budget {budget}; name the base',
      },
      wrongUnit: {
        'zh-CN': '成本指标“{value}”的单位可能写错：{value} 只有预算数 {budget} 的万分之一，应为“{suggestion}”',
        'en-US': 'The unit of the cost "{value}" looks wrong: it is a ten-thousandth of the budget {budget}; it should read "{suggestion}"',
      },
    },
  },
  check({ model, options, report }) {
    for (const project of model.projects) {
      const cost = costTotal(project);
      // Only against the budget itself: a fiscal grant standing in for a contradicted budget says nothing of a shortfall.
      if (!cost || cost.yardstick.kind !== 'budget') continue;
      const amount = cost.yardstick.amount;
      const budget = money(amount, project.budgetUnit);
      const limit = amount * options.ratio;
      const bare = cost.ratesWithoutBase;
      if (bare.length > 0) {
        // "补助标准 ≤120万元" with a 500万元 budget: a rate that does not say per what, read literally, covers a fraction
        // of the budget. Only when every other cost row is an amount (otherwise nothing can be added up).
        if (cost.unaddable === 0 && cost.total + cost.ratesAsWritten < limit) {
          const [rate] = bare;
          report({
            table: project,
            cell: rate.cells.value ?? 'A1',
            messageId: 'rateWithoutBase',
            data: { indicator: rate.level3 || rate.description, value: rate.value, budget },
            field: 'cost',
          });
        }
        continue;
      }
      if (cost.total >= limit) continue;
      const [first] = cost.indicators;
      const p = first.parsed;
      const unit = moneyUnitOf(first);
      const mistypedUnit = cost.indicators.length === 1 && unit === '元' && project.budgetUnit === '万元' && Math.abs(p.number! - amount) < 0.005;
      if (mistypedUnit) {
        const suggestion = `${p.comparatorWritten ? p.comparator : ''}${formatNumber(p.number!)}万元`;
        report({
          table: project,
          cell: first.cells.value ?? 'A1',
          messageId: 'wrongUnit',
          data: { value: first.value, budget, suggestion },
          suggestion: { value: suggestion },
          field: 'cost',
        });
        continue;
      }
      // Rates per unit cannot be added to the amounts: the total is not known, so neither is the shortfall.
      if (!cost.complete) continue;
      report({
        table: project,
        cell: first.cells.value ?? 'A1',
        cells: cost.indicators.slice(1).map((i) => i.cells.value!).filter(Boolean),
        messageId: 'farBelow',
        data: { total: money(cost.total, project.budgetUnit), budget, percent: `${formatNumber(options.ratio * 100)}%` },
        field: 'cost',
      });
    }
  },
});
