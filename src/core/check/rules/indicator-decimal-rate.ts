/** A rate written as a bare fraction (0.95 for 95%): correct, but clearer as a percentage. */
import { defineRule } from '../define';
import { indicatorField, isRate, tables, valueSuggestion } from '../indicator-kinds';
import { formatNumber } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'indicator/decimal-rate',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '比率写成了小数（如 0.95），建议写成百分比（95%）',
      'en-US': 'A rate is written as a fraction (0.95); a percentage (95%) is clearer',
    },
    messages: {
      decimal: {
        'zh-CN': '比率“{indicator}”写成了小数“{value}”，建议写成“{suggestion}”',
        'en-US': 'The rate "{indicator}" is written as the fraction "{value}"; write "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.unit !== null || p.number === null || !indicator.cells.value) continue;
        if (!isRate(indicator) || p.number <= 0 || p.number > 1) continue;
        const suggestion = `${p.comparatorWritten ? p.comparator : ''}${formatNumber(p.number * 100)}%`;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'decimal',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value, suggestion },
          suggestion: valueSuggestion(indicator, suggestion),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
