/** Unused lines of the template (指标2:, ……) left in the indicator grid: one finding per table, not one per line. */
import { defineRule } from '../define';

export default defineRule({
  meta: {
    id: 'indicator/template-rows',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '指标表中留有模板的空行（“指标2：”“……”），应删除',
      'en-US': 'Unused template lines ("指标2：", "……") are left in the indicator grid; delete them',
    },
    messages: {
      rows: {
        'zh-CN': '指标表中留有 {count} 行未使用的模板行（如“{example}”），不是指标：请删除',
        'en-US': '{count} unused template lines (such as "{example}") are left in the indicator grid; they are not indicators: delete them',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const rows = project.templateRows ?? [];
      if (rows.length === 0) continue;
      report({
        table: project,
        cell: rows[0].cell,
        cells: rows.map((r) => r.cell),
        messageId: 'rows',
        data: { count: rows.length, example: rows[0].text },
        field: 'template-rows',
      });
    }
  },
});
