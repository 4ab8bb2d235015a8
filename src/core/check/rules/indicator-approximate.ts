/** An approximate target ("约5.5万人次"): a target to be assessed should be definite. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/approximate',
    category: 'values',
    severity: 'info',
    description: { 'zh-CN': '指标值是约数（“约”“左右”），考核时难以判断是否达成', 'en-US': 'An approximate target (约, 左右) is hard to assess' },
    messages: {
      approximate: {
        'zh-CN': '指标值“{value}”是约数，考核时难以判断是否达成：建议写明下限，如“≥{number}{unit}”',
        'en-US': 'The target "{value}" is approximate and hard to assess: state a floor such as "≥{number}{unit}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || !p.approximate || !indicator.cells.value) continue;
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'approximate',
          data: { value: indicator.value, number: p.number ?? '', unit: p.unit ?? '' },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
