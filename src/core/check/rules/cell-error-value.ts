/** Cells that show an Excel error (#REF!, #DIV/0!, #N/A ...) where a table needs a value. */
import { defineRule } from '../define';
import { UNCALCULATED_FORMULA } from '../../grid';
import { indicatorField, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'cell/error-value',
    category: 'structure',
    severity: 'error',
    description: {
      'zh-CN': '单元格显示 #REF!、#DIV/0! 等错误值，内容无法读取',
      'en-US': 'A cell shows an Excel error such as #REF! or #DIV/0! instead of a value',
    },
    messages: {
      error: {
        'zh-CN': '单元格显示错误值 {error}：公式引用可能已失效，请改为正确的数值或文字',
        'en-US': 'The cell shows the error {error}: a formula reference may be broken; enter the right value',
      },
    },
  },
  check({ model, report }) {
    const all = tables(model);
    for (const note of model.notes) {
      if (note.code !== 'cell-error' || !note.cell) continue;
      const table = all.find((t) => t.sheet === note.sheet && Object.values(t.cells).includes(note.cell!));
      if (table) report({ table, cell: note.cell, messageId: 'error', data: { error: note.detail ?? '' }, field: `cell:${note.cell}` });
    }
    for (const table of all) {
      for (const indicator of table.indicators) {
        // A formula saved without its result is the reader's note (reader/unrecognized), not the preparer's error.
        if (indicator.parsed.kind !== 'error' || !indicator.cells.value || indicator.value === UNCALCULATED_FORMULA) continue;
        report({ table, cell: indicator.cells.value, messageId: 'error', data: { error: indicator.value }, field: indicatorField(indicator) });
      }
    }
  },
});
