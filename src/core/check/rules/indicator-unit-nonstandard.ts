/** Rule 12: a unit written in a non-standard way ("100百分比" for 100%). */
import { defineRule } from '../define';
import { indicatorField, tables, unitColumnCells, withStandardUnit, valueSuggestion } from '../indicator-kinds';
import { standardUnit } from '../../normalize/units';

export default defineRule({
  meta: {
    id: 'indicator/unit-nonstandard',
    category: 'values',
    severity: 'warning',
    description: { 'zh-CN': '计量单位写法不规范（如“百分比”应为“%”）', 'en-US': 'A unit is written in a non-standard way (百分比 for %)' },
    messages: {
      nonstandard: {
        'zh-CN': '指标值“{value}”的单位“{unit}”不规范，应写作“{standard}”，即“{suggestion}”',
        'en-US': 'The unit "{unit}" in "{value}" is non-standard; write "{standard}", i.e. "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.unit === null || p.unitSource !== 'value' || !indicator.cells.value || p.numbers.length > 1) continue;
        const standard = standardUnit(p.unit, false);
        if (standard === null || /^[A-Za-z]+$/.test(p.unit)) continue; // Latin abbreviations: indicator/unit-latin
        const suggestion = withStandardUnit(p, standard);
        report({
          table,
          cell: indicator.cells.value,
          cells: unitColumnCells(indicator),
          messageId: 'nonstandard',
          data: { value: indicator.value, unit: p.unit, standard, suggestion },
          suggestion: valueSuggestion(indicator, suggestion),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
