/** Rule 12: full-width digits and symbols (＞90%, １００％) or the variants ≧/≦: correct, but better half-width. */
import { defineRule } from '../define';
import { indicatorField, tables, valueSuggestion } from '../indicator-kinds';

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
        const variant = p.comparatorWritten !== null && /[≧≦⩾⩽═]/.test(p.comparatorWritten);
        if (!p.fullWidth && !variant) continue;
        if (p.normalized.text === indicator.value) continue;
        // The comparator in a column of its own (比较符 | 指标值 | 度量单位): the fix is that cell's symbol.
        const comparatorCell = indicator.cells.comparator;
        if (variant && p.comparator && comparatorCell && comparatorCell !== indicator.cells.value) {
          report({
            table,
            cell: comparatorCell,
            messageId: 'fullWidth',
            data: { value: p.comparatorWritten!, suggestion: p.comparator },
            suggestion: { value: p.comparator },
            field: `${indicatorField(indicator)}#comparator`,
          });
          continue;
        }
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'fullWidth',
          data: { value: indicator.value, suggestion: p.normalized.text },
          suggestion: valueSuggestion(indicator, p.normalized.text),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
