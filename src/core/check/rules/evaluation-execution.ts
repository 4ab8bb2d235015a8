/**
 * The budget block of a self-evaluation: the execution rate equals 全年执行数 / 全年预算数 (half a point of rounding
 * allowed), and its score follows the form's rule, rate × weight, capped at the weight.
 */
import { defineRule } from '../define';
import { formatNumber } from '../../normalize/text';
import { tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'evaluation/execution-rate',
    category: 'evaluation',
    severity: 'error',
    description: {
      'zh-CN': '预算执行率应等于全年执行数÷全年预算数（允许 0.5 个百分点的误差），得分应为执行率×分值',
      'en-US': 'The execution rate equals executed ÷ full-year budget (within half a point), and its score is rate × weight',
    },
    messages: {
      rate: {
        'zh-CN': '执行率写的是 {rate}%，按 {executed} ÷ {budget} 计算应为 {expected}%',
        'en-US': 'The execution rate says {rate}%, but {executed} ÷ {budget} gives {expected}%',
      },
      score: {
        'zh-CN': '预算执行得分 {score}，按执行率 {rate}% × 分值 {weight} 应为 {expected}',
        'en-US': 'The execution score is {score}, but rate {rate}% × weight {weight} gives {expected}',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const e = table.execution;
      if (!e) continue;
      const budget = e.fullYear ?? e.initial;
      let rate = e.rate;
      if (budget !== null && budget > 0 && e.executed !== null) {
        const expected = (e.executed / budget) * 100;
        if (rate !== null && rate > 0 && rate <= 1.5 && expected > 1.5) rate *= 100; // 0.86 written for 86%
        if (rate !== null && Math.abs(rate - expected) > 0.5 && e.cells.rate) {
          report({
            table,
            cell: e.cells.rate,
            messageId: 'rate',
            data: { rate: formatNumber(Math.round(rate * 100) / 100), executed: formatNumber(e.executed), budget: formatNumber(budget), expected: formatNumber(Math.round(expected * 100) / 100) },
            field: 'execution#rate',
          });
          continue;
        }
        rate = rate ?? expected;
      }
      if (rate === null || e.weight === null || e.score === null || !e.cells.score) continue;
      const expectedScore = Math.min(e.weight, (rate / 100) * e.weight);
      // Forms round scores to a whole point at most: within half a point of rate × weight follows the rule (9.78 → 10).
      if (Math.abs(e.score - expectedScore) < 0.5) continue;
      report({
        table,
        cell: e.cells.score,
        messageId: 'score',
        data: { score: formatNumber(e.score), rate: formatNumber(Math.round(rate * 100) / 100), weight: formatNumber(e.weight), expected: formatNumber(Math.round(expectedScore * 100) / 100) },
        field: 'execution#score',
      });
    }
  },
});
