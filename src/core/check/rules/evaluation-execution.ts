/**
 * The budget block of a self-evaluation: the execution rate equals 全年执行数 / 全年预算数, rounded as it is written
 * (half a point for a whole percent, 0.005 for 86.18%, plus what the amounts' own rounding can move it), and its
 * score follows the form's rule, rate × weight, capped at the weight.
 */
import { defineRule } from '../define';
import { formatNumber } from '../../normalize/text';
import { tables } from '../indicator-kinds';

/** Decimals of a figure as written (86.19 → 2), floating-point noise aside. */
function decimals(value: number): number {
  const text = String(Number(value.toFixed(6)));
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * How far a written rate may lie from executed ÷ budget: half a unit of its own last digit, plus what rounding the
 * two amounts to their own last decimal can move the quotient (whole amounts are taken as exact) — never more than
 * half a point, the allowance for a rate written as a whole percent.
 */
function rateTolerance(rate: number, executed: number, budget: number): number {
  const half = (value: number): number => 0.5 * 10 ** -decimals(value);
  const rounding = (value: number): number => (decimals(value) === 0 ? 0 : half(value));
  const amounts = 100 * (rounding(executed) / budget + (executed * rounding(budget)) / (budget * budget));
  return Math.min(0.5, half(rate) + amounts) + 1e-9;
}

export default defineRule({
  meta: {
    id: 'evaluation/execution-rate',
    category: 'evaluation',
    severity: 'error',
    description: {
      'zh-CN': '预算执行率应等于全年执行数÷全年预算数（按执行率写出的位数四舍五入：整数允许 0.5 个百分点，两位小数允许 0.005），得分应为执行率×分值',
      'en-US': 'The execution rate equals executed ÷ full-year budget (rounded to the digits written: half a point for a whole percent, 0.005 for two decimals), and its score is rate × weight',
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
        if (rate !== null && Math.abs(rate - expected) > rateTolerance(rate, e.executed, budget) && e.cells.rate) {
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
