/**
 * Never a silent clean result: a block of indicator content the reader could not read (level names and targets under
 * a header it does not know, or in no table at all) makes every result for the workbook incomplete. Said as a warning
 * on the block's first cell, one per block, so that a list filtered to errors and warnings still shows it.
 */
import { defineRule } from '../define';
import { tables } from '../indicator-kinds';
import { blockRows } from '../../incomplete';

export default defineRule({
  meta: {
    id: 'reader/unread-block',
    category: 'structure',
    severity: 'warning',
    description: {
      'zh-CN': '表中有绩效指标内容（一级、二级指标名称和指标值）未能读取：检查结果不完整',
      'en-US': 'Indicator content (level names and targets) the reader could not read: the results are incomplete',
    },
    messages: {
      unread: {
        'zh-CN': '第 {rows} 行有绩效指标内容未能读取，以下结果不完整',
        'en-US': 'Rows {rows} hold indicator content the reader could not read: the results below are incomplete',
      },
    },
  },
  check({ model, report }) {
    const all = tables(model);
    for (const block of model.unreadBlocks ?? []) {
      const onSheet = all.filter((t) => t.sheet === block.sheet);
      const table =
        onSheet.find((t) => block.rows.first >= t.rows.first && block.rows.first <= t.rows.last) ??
        onSheet.filter((t) => t.rows.last < block.rows.first).pop();
      report({
        ...(table ? { table } : { sheet: block.sheet }),
        cell: block.cell,
        messageId: 'unread',
        data: { rows: blockRows(block) },
        field: `unread:${block.sheet}!${block.cell}`,
      });
    }
  },
});
