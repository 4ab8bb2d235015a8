/** Rule 13: a rate, coverage or satisfaction above 100%. Growth rates may exceed 100% and stay quiet. */
import { defineRule } from '../define';
import { indicatorField, mayExceed100, isRate, tables, valueSuggestion } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'indicator/percent-over-100',
    category: 'values',
    severity: 'error',
    description: {
      'zh-CN': '合格率、覆盖率、满意度等不可能超过 100% 的比率超过了 100%（增长率、完成率、带动比等不在此列）',
      'en-US': 'A rate that cannot exceed 100% (pass rate, coverage, satisfaction) does (growth, completion and leverage ratios excepted)',
    },
    messages: {
      over: {
        'zh-CN': '“{indicator}”是比率，指标值 {value} 超过 100%，不可能达到；应不超过 100%',
        'en-US': '"{indicator}" is a rate and {value} exceeds 100%, which cannot be reached; it should be at most 100%',
      },
      atLeast100: {
        'zh-CN': '“{indicator}”是比率，最高只能到 100%，“{value}”中的“≥”没有意义：应写“=100%”',
        'en-US': '"{indicator}" is a rate and cannot pass 100%, so the "≥" in "{value}" means nothing: write "=100%"',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      for (const indicator of table.indicators) {
        const p = indicator.parsed;
        if (p.kind !== 'quantitative' || p.normalized.unit !== '%' || p.number === null || p.number < 100) continue;
        if (!isRate(indicator) || mayExceed100(indicator) || !indicator.cells.value) continue;
        if (p.number === 100) {
          // "≥100%": common, harmless in effect, and still a target that cannot be exceeded: said at info.
          if (p.comparator === '≥' && p.range === null) {
            const comparatorCell = indicator.cells.comparator !== indicator.cells.value ? indicator.cells.comparator : undefined;
            report({
              table,
              cell: comparatorCell ?? indicator.cells.value,
              messageId: 'atLeast100',
              data: { indicator: indicator.level3 || indicator.description, value: indicator.value },
              // The comparator's own cell gets "="; a value in one cell is rewritten whole.
              suggestion: comparatorCell ? { value: '=' } : valueSuggestion(indicator, '=100%'),
              field: `${indicatorField(indicator)}#at-least-100`,
              evidence: 'weak',
            });
          }
          continue;
        }
        report({
          table,
          cell: indicator.cells.value,
          messageId: 'over',
          data: { indicator: indicator.level3 || indicator.description, value: indicator.value },
          field: indicatorField(indicator),
        });
      }
    }
  },
});
