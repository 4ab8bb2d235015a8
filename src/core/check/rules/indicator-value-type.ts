/** 指标值类型 against the value: 定性 beside a numeric target ("95%以上"), 定量 beside words ("按月安排"). */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';

export default defineRule({
  meta: {
    id: 'indicator/value-type',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '指标值类型与指标值不符：写“定性”的是数值目标，或写“定量”的只有文字',
      'en-US': 'The value type contradicts the value: 定性 (qualitative) beside a number, or 定量 (quantitative) beside words',
    },
    messages: {
      qualitativeNumber: {
        'zh-CN': '指标值类型写“定性”，指标值“{value}”却是数值目标：应改为“定量”',
        'en-US': 'The value type says 定性 (qualitative), but "{value}" is a numeric target: it should be 定量',
      },
      quantitativeWords: {
        'zh-CN': '指标值类型写“定量”，指标值“{value}”却只有文字：应填写数值，或改为“定性”',
        'en-US': 'The value type says 定量 (quantitative), but "{value}" is words only: give a number, or mark it 定性',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const cell = indicator.cells.valueType;
        if (!cell || !indicator.cells.value || !indicator.valueType) continue;
        const type = squeeze(indicator.valueType);
        const kind = indicator.parsed.kind;
        let messageId: string | null = null;
        if (/^定性/.test(type) && kind === 'quantitative' && indicator.parsed.number !== null) messageId = 'qualitativeNumber';
        // A date ("2023年12月31日") is a quantitative target in the budget systems' sense.
        else if (/^定量/.test(type) && kind === 'qualitative' && !/\d{4}\s*[年.\-/]|\d{1,2}\s*月/.test(indicator.value)) messageId = 'quantitativeWords';
        if (messageId) report({ table, cell, cells: [indicator.cells.value], messageId, data: { value: indicator.value }, field: `${indicatorField(indicator)}#value-type` });
      }
    }
  },
});
