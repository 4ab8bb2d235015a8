/**
 * Rule 14: the comparator points the wrong way. Quantities, rates, coverage and satisfaction are "higher is better"
 * (≥ >); costs, durations and error/complaint/accident rates are "lower is better" (≤ <).
 */
import { defineRule } from '../define';
import { categoryOf, indicatorField, isDuration, isLowerBetterRate, isRate, isSatisfaction, nameOf, tables, valueSuggestion } from '../indicator-kinds';
import { formatNumber } from '../../normalize/text';
import type { Comparator } from '../../model';

const FLIP: Partial<Record<Comparator, Comparator>> = { '≤': '≥', '<': '>', '≥': '≤', '>': '<' };

export default defineRule({
  meta: {
    id: 'indicator/direction',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '比较符方向反了：数量、比率、满意度应为“≥”，成本、时限、差错率应为“≤”',
      'en-US': 'The comparator points the wrong way: quantities, rates and satisfaction take ≥; costs, time limits and error rates take ≤',
    },
    messages: {
      shouldBeAtLeast: {
        'zh-CN': '“{indicator}”是{kind}，越高越好，指标值“{value}”却用了“{comparator}”（设了上限）：应为“{suggestion}”',
        'en-US': '"{indicator}" is a {kindEn} where more is better, but "{value}" uses "{comparator}" (a cap): it should be "{suggestion}"',
      },
      shouldBeAtMost: {
        'zh-CN': '“{indicator}”是{kind}，越低越好，指标值“{value}”却用了“{comparator}”（设了下限）：应为“{suggestion}”',
        'en-US': '"{indicator}" is a {kindEn} where less is better, but "{value}" uses "{comparator}" (a floor): it should be "{suggestion}"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.comparatorWritten === null || p.number === null || !indicator.cells.value) continue;
        const category = categoryOf(indicator);
        const lowerBetter = isLowerBetterRate(indicator);
        let expected: 'higher' | 'lower' | null = null;
        let kind: [string, string] = ['', ''];
        // A subsidy or allowance standard in a cost row is a floor the money must reach, not a cost to keep down.
        if (category === 'cost' && /标准|补助|补贴|津贴|救助/.test(nameOf(indicator))) continue;
        if (category === 'cost') [expected, kind] = ['lower', ['成本', 'cost']];
        else if (isDuration(indicator)) [expected, kind] = ['lower', ['时限', 'time limit']];
        else if (lowerBetter) [expected, kind] = ['lower', ['差错、投诉类指标', 'error or complaint measure']];
        else if (isSatisfaction(indicator)) [expected, kind] = ['higher', ['满意度', 'satisfaction']];
        else if (category === 'quantity') [expected, kind] = ['higher', ['数量指标', 'quantity']];
        else if (isRate(indicator) && p.normalized.unit === '%') [expected, kind] = ['higher', ['比率', 'rate']];
        if (expected === null) continue;
        const wrong = expected === 'higher' ? p.comparator === '≤' || p.comparator === '<' : p.comparator === '≥' || p.comparator === '>';
        if (!wrong) continue;
        const suggestion = `${FLIP[p.comparator!]}${formatNumber(p.number)}${p.unit ?? ''}`;
        report({
          table,
          cell: indicator.cells.value,
          messageId: expected === 'higher' ? 'shouldBeAtLeast' : 'shouldBeAtMost',
          data: { indicator: indicator.level3 || indicator.description, kind: kind[0], kindEn: kind[1], value: indicator.value, comparator: p.comparatorWritten, suggestion },
          suggestion: valueSuggestion(indicator, suggestion),
          field: indicatorField(indicator),
        });
      }
    }
  },
});
