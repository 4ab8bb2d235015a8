/** "≤20万" in a cost indicator: understood as 20万元, but the unit should be written out. */
import { defineRule } from '../define';
import { categoryOf, indicatorField, tables, valueSuggestion } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/unit-shorthand',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '金额单位简写为“万”“亿”，建议写全为“万元”“亿元”',
      'en-US': 'A money unit is shortened to 万 or 亿; write 万元 or 亿元',
    },
    messages: {
      shorthand: {
        'zh-CN': '成本指标值“{value}”的单位“{unit}”是简写，按“{standard}”理解，建议写作“{suggestion}”',
        'en-US': 'The unit "{unit}" in the cost value "{value}" is shorthand, read as "{standard}"; write "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || (p.unit !== '万' && p.unit !== '亿') || categoryOf(indicator) !== 'cost' || !indicator.cells.value) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'shorthand',
          data: { value: indicator.value, unit: p.unit, standard: p.normalized.unit ?? `${p.unit}元`, suggestion: p.normalized.text },
          suggestion: valueSuggestion(indicator, p.normalized.text),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
