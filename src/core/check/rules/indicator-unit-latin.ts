/** Latin abbreviations for Chinese units ("≥80M" for 米, "2km" for 公里, "5T" for 吨): understood, but not the standard. */
import { defineRule } from '../define';
import { indicatorField, nameOf, tables, unitColumnCells, withStandardUnit, valueSuggestion } from '../indicator-kinds';
import { standardUnit } from '../../normalize/units';

export default defineRule({
  meta: {
    id: 'indicator/unit-latin',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '计量单位用了英文缩写（M、km、T），应写中文单位（米、公里、吨）',
      'en-US': 'A unit is a Latin abbreviation (M, km, T); the Chinese unit (米, 公里, 吨) is standard',
    },
    messages: {
      latin: {
        'zh-CN': '指标值“{value}”的单位“{unit}”是英文缩写，应写作“{standard}”，即“{suggestion}”',
        'en-US': 'The unit "{unit}" in "{value}" is a Latin abbreviation; write "{standard}", i.e. "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.unit === null || !/^[A-Za-z]+$/.test(p.unit) || !indicator.cells.value || p.numbers.length > 1) continue;
        const standard = standardUnit(p.unit, false);
        if (standard === null) continue;
        // "100M" of bandwidth or storage is megabits or megabytes, not metres.
        if (standard === '米' && /带宽|网速|宽带|网络|容量|存储|内存|像素|流量|光纤|专线/.test(nameOf(indicator))) continue;
        const suggestion = withStandardUnit(p, standard);
        report({
          table,
          cell: indicator.cells.value,
          cells: unitColumnCells(indicator),
          messageId: 'latin',
          data: { value: indicator.value, unit: p.unit, standard, suggestion },
          suggestion: valueSuggestion(indicator, suggestion),
          field: `${indicatorField(indicator)}#latin`,
        });
      }
    }
  },
});
