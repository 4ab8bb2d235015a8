/** Rule 9: the same level-3 name twice in one project. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'indicator/duplicate-name',
    category: 'values',
    severity: 'warning',
    description: { 'zh-CN': '同一项目中三级指标名称重复', 'en-US': 'The same level-3 name twice in one project' },
    messages: {
      duplicate: {
        'zh-CN': '三级指标“{name}”在本项目中重复出现（另见 {other}）：请合并，或改用能区分的名称',
        'en-US': 'Indicator "{name}" appears twice in this project (also at {other}): merge them or name them apart',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const seen = new Map<string, string>();
      for (const indicator of table.indicators) {
        const key = squeeze(indicator.level3);
        if (key === '' || !indicator.cells.level3) continue;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, indicator.cells.level3);
          continue;
        }
        report({
          table,
          cell: indicator.cells.level3,
          cells: [first],
          messageId: 'duplicate',
          data: { name: indicator.level3, other: first },
          field: `${indicatorField(indicator)}#duplicate`,
        });
      }
    }
  },
});
