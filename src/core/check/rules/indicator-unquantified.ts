/** A rate, count or amount whose value is words only ("覆盖范围: 湛江市基层", "参保覆盖面: 按时办结"). */
import { defineRule } from '../define';
import { categoryOf, indicatorField, nameOf, tables } from '../indicator-kinds';
import { VAGUE_WORDS } from './indicator-vague';

/** Set phrases that mean "everyone eligible", i.e. 100%: 应保尽保, 应发尽发, 全覆盖. */
const FULL_COVERAGE = /应(.)尽\1|全覆盖|全面覆盖|全部覆盖|无遗漏/;

const MEASURED = /率|覆盖|比例|占比|比重|数量|人数|个数|次数|户数|件数|金额|成本|费用|满意度|人次|天数/;

export default defineRule({
  meta: {
    id: 'indicator/unquantified',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '指标名称是比率、数量或金额，指标值却只有文字',
      'en-US': 'The indicator is a rate, count or amount, but its value is words only',
    },
    messages: {
      words: {
        'zh-CN': '指标“{indicator}”衡量的是{measure}，指标值却是文字“{value}”：应填写数值，如“≥95%”或“≥100人”',
        'en-US': 'Indicator "{indicator}" measures a {measureEn}, but its value is the words "{value}": give a number such as "≥95%" or "≥100人"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        if (indicator.parsed.kind !== 'qualitative' || !indicator.cells.value) continue;
        const category = categoryOf(indicator);
        const vagueAlready = ['quantity', 'quality', 'timeliness', 'cost'].includes(category) && VAGUE_WORDS.test(indicator.value);
        if (vagueAlready) continue; // indicator/vague says it
        if (FULL_COVERAGE.test(indicator.value)) continue; // "应保尽保": the policy wording for 100%
        const name = nameOf(indicator);
        const word = MEASURED.exec(name)?.[0] ?? (category === 'quantity' ? '数量' : category === 'cost' ? '成本' : null);
        if (!word) continue;
        const isRate = /率|覆盖|比例|占比|比重|满意度/.test(word);
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'words',
          data: {
            indicator: indicator.level3 || indicator.description,
            value: indicator.value,
            measure: isRate ? '比率' : /金额|成本|费用/.test(word) ? '金额' : '数量',
            measureEn: isRate ? 'rate' : /金额|成本|费用/.test(word) ? 'amount' : 'count',
          },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
