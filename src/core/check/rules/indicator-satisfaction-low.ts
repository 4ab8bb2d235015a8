/** Rule 15: a satisfaction target below the threshold (85% by default). */
import { defineRule } from '../define';
import { indicatorField, isSatisfaction, tables } from '../indicator-kinds';

export default defineRule<{ threshold: number }>({
  meta: {
    id: 'indicator/satisfaction-low',
    category: 'values',
    severity: 'warning',
    description: { 'zh-CN': '满意度目标低于阈值（默认 85%）', 'en-US': 'A satisfaction target below the threshold (85% by default)' },
    options: {
      threshold: {
        type: 'number',
        default: 85,
        minimum: 0,
        maximum: 100,
        description: { 'zh-CN': '满意度目标的最低要求（%）', 'en-US': 'The lowest acceptable satisfaction target (%)' },
      },
    },
    messages: {
      low: {
        'zh-CN': '满意度目标“{value}”低于 {threshold}%，目标偏低：满意度指标一般应不低于 {threshold}%',
        'en-US': 'The satisfaction target "{value}" is below {threshold}%: satisfaction targets are normally at least {threshold}%',
      },
    },
  },
  check({ model, options, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (!isSatisfaction(indicator) || p.kind !== 'quantitative' || p.normalized.unit !== '%' || p.number === null) continue;
        if (p.comparator === '≤' || p.comparator === '<' || p.number >= options.threshold || !indicator.cells.value) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'low',
          data: { value: indicator.value, threshold: options.threshold },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
