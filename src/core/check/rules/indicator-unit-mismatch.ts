/** A unit that does not fit what the name counts: "保障村干部人数 =42个" (people are counted in 人), "户数 100人". */
import { defineRule } from '../define';
import { indicatorField, tables, valueSuggestion } from '../indicator-kinds';
import { squeeze } from '../../normalize/text';

const FITTING: [RegExp, string[], string][] = [
  [/人数$/, ['人', '万人', '名', '人次', '万人次', '位', '人/年', '人·次'], '人'],
  [/户数$/, ['户', '万户', '户次'], '户'],
  [/天数$/, ['天', '日', '工作日', '个工作日'], '天'],
];
/** Only counting units are judged: "≥42个" for a 人数 is a slip; "≥95%" is another rule's matter. */
const COUNTING = /^(个|次|户|人|名|件|家|所|项|批|台|套|张|辆|座|条|处|天|日)$/;

export default defineRule({
  meta: {
    id: 'indicator/unit-mismatch',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '计量单位与指标名称不符（如人数用“个”）',
      'en-US': 'The unit does not fit what the name counts (people counted in 个)',
    },
    messages: {
      mismatch: {
        'zh-CN': '“{indicator}”计的是{what}，指标值“{value}”的单位却是“{unit}”：应为“{suggestion}”',
        'en-US': '"{indicator}" counts {what}, but the unit of "{value}" is "{unit}": it should be "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.unit === null || p.unitSource !== 'value' || !indicator.cells.value || p.number === null || !COUNTING.test(p.unit)) continue;
        const name = squeeze(indicator.level3).replace(/[(（][^()（）]*[)）]$/, '');
        const fit = FITTING.find(([pattern]) => pattern.test(name));
        if (!fit || fit[1].includes(p.unit) || !COUNTING.test(p.unit)) continue;
        const suggestion = indicator.value.replace(p.unit, fit[2]);
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'mismatch',
          data: { indicator: indicator.level3, what: fit[2], value: indicator.value, unit: p.unit, suggestion },
          suggestion: valueSuggestion(indicator, suggestion),
          field: `${indicatorField(indicator)}#unit-mismatch`,
        });
      }
    }
  },
});
