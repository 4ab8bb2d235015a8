/** Rule 12: full-width digits and symbols (＞90%, １００％) or the variants ≧/≦: correct, but better half-width. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/full-width',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '指标值使用了全角数字或符号（＞ ％ １）或 ≧ ≦ 等变体，建议统一为半角',
      'en-US': 'A value uses full-width digits or symbols (＞ ％ １) or variants such as ≧ ≦; half-width is standard',
    },
    messages: {
      fullWidth: {
        'zh-CN': '指标值“{value}”含全角或变体符号，建议写作“{suggestion}”',
        'en-US': 'The value "{value}" uses full-width or variant symbols; write "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || !indicator.cells.value || p.numbers.length > 1 || p.inSentence) continue;
        const variant = p.comparatorWritten !== null && /[≧≦⩾⩽]/.test(p.comparatorWritten);
        if (!p.fullWidth && !variant) continue;
        if (p.normalized.text === indicator.value) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'fullWidth',
          data: { value: indicator.value, suggestion: p.normalized.text },
          suggestion: { value: p.normalized.text },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
