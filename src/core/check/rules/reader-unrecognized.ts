/**
 * What the reader could not understand, said where the reviewer sees findings: a header or money label it could not
 * place, a field it did not find, a formula the file saved without its result. Never an error about the table: the
 * reader's confusion is not the preparer's mistake.
 */
import { defineRule } from '../define';
import { parseA1 } from '../../grid';
import type { NoteCode } from '../../read/notes';
import { tables } from '../indicator-kinds';

const SHOWN = new Set<NoteCode>([
  'unplaced-header',
  'unplaced-money',
  'field-not-found',
  'no-indicator-header',
  'value-column-chosen',
  'formula-without-value',
  'read-against-header',
  'grid-by-content',
  'levels-unknown',
  'level-tree',
  'term-grid-set-aside',
]);

export default defineRule({
  meta: {
    id: 'reader/unrecognized',
    category: 'structure',
    severity: 'info',
    description: {
      'zh-CN': '读表时无法识别的部分（表头、金额栏目、没有保存计算结果的公式）或没有找到的栏目：这部分未作检查',
      'en-US':
        'Parts of a table the reader could not place (a header, a money field, a formula saved without its result) or did not find: they were not checked',
    },
    messages: {
      note: { 'zh-CN': '读表说明：{message}', 'en-US': 'Reading note from the reader: {messageEn}' },
    },
  },
  check({ model, report }) {
    const all = tables(model);
    for (const note of model.notes) {
      if (!SHOWN.has(note.code as NoteCode) || !note.cell) continue;
      const row = parseA1(note.cell)?.row ?? -1;
      const table =
        all.find((t) => t.sheet === note.sheet && row >= t.rows.first && row <= t.rows.last) ?? all.find((t) => t.sheet === note.sheet);
      if (!table) continue;
      report({
        table,
        cell: note.cell,
        messageId: 'note',
        data: { message: note.message['zh-CN'], messageEn: note.message['en-US'] },
        field: `reader:${note.code}:${note.detail ?? note.cell}`,
      });
    }
  },
});
