/** A percentage target on something that is counted ("补助学生数量 95%", "培训人数 ≥90%"): a count needs a number. */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';

/** Names that end in what is counted: 数量, 人数, 个数 … (but not 数量占比, 人数比例). */
const COUNTED = /(数量|人数|个数|次数|户数|件数|台数|家数|项数|场次|人次|座数|公里数|里程|面积|册数|篇数)$/;

export default defineRule({
  meta: {
    id: 'indicator/percent-on-count',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '指标名称是数量（人数、个数、面积……），指标值却是百分比',
      'en-US': 'The indicator counts something (人数, 个数, 面积 …), but its target is a percentage',
    },
    messages: {
      percent: {
        'zh-CN': '“{indicator}”是数量，指标值“{value}”却是百分比：应写具体数量，如“≥100人”；若考核的是比率，请把名称改为“…率”',
        'en-US': '"{indicator}" is a count, but its target "{value}" is a percentage: give a number such as "≥100人", or name the rate',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        if (indicator.parsed.kind !== 'quantitative' || indicator.parsed.unit !== '%' || !indicator.cells.value) continue;
        if (!COUNTED.test(squeeze(indicator.level3).replace(/[(（][^()（）]*[)）]$/, ''))) continue;
        report({ table, cell: indicator.cells.value, messageId: 'percent', data: { indicator: indicator.level3, value: indicator.value }, field: `${indicatorField(indicator)}#percent` });
      }
    }
  },
});
