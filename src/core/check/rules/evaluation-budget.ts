/**
 * The budget block of a self-evaluation, as a reviewer reads it: spending above the full-year budget, a 其中 row that
 * scores itself as well as the total row.
 */
import { defineRule } from '../define';
import { formatNumber } from '../../normalize/text';
import { tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'evaluation/budget',
    category: 'evaluation',
    severity: 'warning',
    description: {
      'zh-CN': '预算执行数超过全年预算数，或“其中”分项行重复计分',
      'en-US': 'Spending above the full-year budget, or a 其中 row scored as well as the total row',
    },
    messages: {
      overspent: {
        'zh-CN': '全年执行数 {executed} 超过全年预算数 {budget}（执行率 {rate}%）：超出预算的支出应有预算调整或说明',
        'en-US': 'Spending of {executed} exceeds the full-year budget of {budget} ({rate}%): an overspend needs a budget adjustment or an explanation',
      },
      subRowScored: {
        'zh-CN': '预算执行的“其中”分项行也填了分值或得分：分值和得分只在年度资金总额一行填写，分项重复计分',
        'en-US': 'A 其中 row of the budget block carries a weight or score as well: only the total row is scored',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const e = table.execution;
      if (!e) continue;
      const budget = e.fullYear ?? e.initial;
      if (budget !== null && budget > 0 && e.executed !== null && e.executed > budget + 0.005 && e.cells.executed) {
        report({
          table,
          cell: e.cells.executed,
          cells: e.cells.rate ? [e.cells.rate] : [],
          messageId: 'overspent',
          data: { executed: formatNumber(e.executed), budget: formatNumber(budget), rate: formatNumber(Math.round((e.executed / budget) * 10000) / 100) },
          field: 'execution#overspent',
        });
      }
      if (e.subRowScores.length) {
        report({ table, cell: e.subRowScores[0], cells: e.subRowScores, messageId: 'subRowScored', data: {}, field: 'execution#sub-rows' });
      }
    }
  },
});
