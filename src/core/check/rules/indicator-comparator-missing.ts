/** Rule 12: a quantity without a comparator ("32人" is read as =32). */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/comparator-missing',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '数值型指标值没有写比较符（≥ ≤ > < =），按“=”理解',
      'en-US': 'A numeric value has no comparator (≥ ≤ > < =) and is read as "="',
    },
    messages: {
      missing: {
        'zh-CN': '指标值“{value}”没有比较符，将按“={read}”理解；如目标是下限或上限，请写“≥{read}”或“≤{read}”',
        'en-US': 'The value "{value}" has no comparator and is read as "={read}"; write "≥{read}" or "≤{read}" for a floor or a cap',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.comparatorWritten !== null || p.inSentence || p.numbers.length > 1 || !indicator.cells.value) continue; // a range needs none
        report({ table, cell: indicator.cells.value, messageId: 'missing', data: { value: indicator.value, read: p.normalized.text.replace(/^约/, '') }, field: indicatorField(indicator) });
      }
    }
  },
});
