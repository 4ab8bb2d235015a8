/** Scores in a self-evaluation: none above its weight, and the stated 总分 equal to the sum of the scores. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { hasActuals } from '../evaluation';
import { formatNumber } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'evaluation/scores',
    category: 'evaluation',
    severity: 'error',
    description: {
      'zh-CN': '绩效自评表中得分不能超过分值，总分应等于各项得分之和（含预算执行得分）',
      'en-US': 'In a self-evaluation no score exceeds its weight, and the total equals the sum of the scores (budget execution included)',
    },
    messages: {
      overWeight: {
        'zh-CN': '“{indicator}”得分 {score} 超过了分值 {weight}',
        'en-US': '"{indicator}" scores {score}, more than its weight of {weight}',
      },
      total: {
        'zh-CN': '总分写的是 {stated}，各项得分之和却是 {parts} = {sum}：请核对',
        'en-US': 'The total says {stated}, but the scores add up to {parts} = {sum}: check them',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      if (!hasActuals(table.indicators)) continue;
      const scores = new Map<string, number>();
      for (const indicator of table.indicators) {
        const { weight, score } = indicator;
        if (score === null || score === undefined || !indicator.cells.score) continue;
        scores.set(indicator.cells.score, score);
        if (weight !== null && weight !== undefined && score > weight + 1e-9) {
          report({
            table,
            cell: indicator.cells.score,
            messageId: 'overWeight',
            data: { indicator: indicator.level3 || indicator.description, score: formatNumber(score), weight: formatNumber(weight) },
            field: `${indicatorField(indicator)}#score`,
          });
        }
      }
      const execution = table.execution;
      if (execution && execution.score !== null && execution.weight !== null && execution.score > execution.weight + 1e-9 && execution.cells.score) {
        report({ table, cell: execution.cells.score, messageId: 'overWeight', data: { indicator: '预算执行', score: formatNumber(execution.score), weight: formatNumber(execution.weight) }, field: 'execution#score' });
      }
      const stated = (table.footers ?? []).find((f) => f.score !== undefined)?.score;
      if (!stated || scores.size < 2) continue;
      const parts = [...scores.values(), ...(execution?.score != null ? [execution.score] : [])];
      const sum = Math.round(parts.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
      // The total may leave the budget execution out where the form lists it apart.
      const withoutExecution = Math.round([...scores.values()].reduce((a, b) => a + b, 0) * 1e6) / 1e6;
      if (Math.abs(stated.amount - sum) <= 0.01 || (execution?.score == null && Math.abs(stated.amount - withoutExecution) <= 0.01)) continue;
      report({
        table,
        cell: stated.cell,
        cells: [...scores.keys()],
        messageId: 'total',
        data: { stated: formatNumber(stated.amount), parts: parts.length <= 12 ? parts.map(formatNumber).join(' + ') : `${parts.length} 项`, sum: formatNumber(sum) },
        field: 'scores#total',
      });
    }
  },
});
