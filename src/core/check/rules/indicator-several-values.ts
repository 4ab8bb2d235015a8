/** Two values in one cell ("1000人、3000人"): one indicator can be assessed against one target only. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/several-values',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '一个指标值单元格里写了多个目标值',
      'en-US': 'One value cell holds several targets',
    },
    messages: {
      several: {
        'zh-CN': '指标“{indicator}”的指标值“{value}”包含 {count} 个目标值：一个指标只能对应一个目标值，请拆分为 {count} 条指标',
        'en-US': 'The value "{value}" of "{indicator}" holds {count} targets: one indicator takes one target; split it into {count} indicators',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.numbers.length < 2 || p.range || !indicator.cells.value) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'several',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value, count: p.numbers.length },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
