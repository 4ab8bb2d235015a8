/** A value written as a sentence ("在规定时间结案率为95%"): the target should stand alone in the value cell. */
import { defineRule } from '../define';
import { indicatorField, tables, valueSuggestion } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/in-sentence',
    category: 'values',
    severity: 'info',
    description: {
      'zh-CN': '指标值写成了一句话，目标值应单独填写，说明放在指标名称或描述中',
      'en-US': 'The value is a sentence; the target should stand alone, the wording belongs in the name or description',
    },
    messages: {
      sentence: {
        'zh-CN': '指标值“{value}”是一句话：建议指标值只写“{suggestion}”，其余文字放到三级指标名称或指标描述中',
        'en-US': 'The value "{value}" is a sentence: write only "{suggestion}" and move the words into the name or description',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || !p.inSentence || !indicator.cells.value) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'sentence',
          data: { value: indicator.value, suggestion: p.normalized.text },
          suggestion: valueSuggestion(indicator, p.normalized.text),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
