/** Rule 16: the 指标值确定依据 column exists but is empty for an indicator. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/basis-missing',
    category: 'values',
    severity: 'warning',
    description: { 'zh-CN': '指标值确定依据为空', 'en-US': 'The basis of a value (指标值确定依据) is empty' },
    messages: {
      missing: {
        'zh-CN': '指标“{indicator}”没有填写指标值确定依据：请说明目标值的来源，如“历史数据”“年度工作计划”“行业标准”',
        'en-US': 'Indicator "{indicator}" gives no basis for its value: say where the target comes from (history, annual plan, standard)',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        if (!indicator.cells.basis || indicator.basis !== '') continue;
        report({ table, cell: indicator.cells.basis, messageId: 'missing', data: { indicator: indicator.level3 || indicator.description }, field: `${indicatorField(indicator)}#basis` });
      }
    }
  },
});
