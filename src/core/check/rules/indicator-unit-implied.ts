/** Rule 12: a number without a unit where the name tells it ("个数: 350" → "350个", "合格率: ≥95" → "≥95%"). */
import { defineRule } from '../define';
import { indicatorField, tables, valueSuggestion } from '../indicator-kinds';
import { formatNumber } from '../../normalize/text';
import { impliedUnit, unitlessNumber } from './indicator-unit-missing';

export default defineRule({
  meta: {
    id: 'indicator/unit-implied',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '数值型指标值没有写单位，但指标名称表明了单位（如“个数”“合格率”）',
      'en-US': 'A numeric value has no unit, but the indicator\'s name tells it (个数, 合格率 ...)',
    },
    messages: {
      implied: {
        'zh-CN': '指标“{indicator}”的指标值“{value}”没有写单位，按名称应为“{suggestion}”',
        'en-US': 'The value "{value}" of "{indicator}" has no unit; from its name it should read "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const number = unitlessNumber(indicator);
        const unit = impliedUnit(indicator.level3) ?? impliedUnit(indicator.description);
        if (number === null || unit === null) continue;
        const p = indicator.parsed;
        const suggestion = `${p.comparatorWritten ? p.comparator : ''}${formatNumber(number)}${unit}`;
        report({
          table,
          cell: indicator.cells.value!,
          messageId: 'implied',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value, suggestion },
          suggestion: valueSuggestion(indicator, suggestion),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
