/**
 * One indicator carrying most of the points: where a table gives weights (权重, 分值), a single indicator worth more
 * than half of all the points (the indicators' and the budget execution's) decides the score alone, and the other
 * indicators hardly count. Tables with fewer than three weighted indicators are left alone.
 */
import { defineRule } from '../define';
import { indicatorField, tables } from '../indicator-kinds';
import { formatNumber } from '../../normalize/text';

export default defineRule<{ share: number }>({
  meta: {
    id: 'indicator/weight-concentrated',
    category: 'values',
    severity: 'warning',
    description: {
      'zh-CN': '有权重（分值）栏时，单个指标的分值超过全部分值的一半：评分几乎只看这一项',
      'en-US': 'Where there is a weight column, a single indicator carries more than half of all the points, so the score hangs on it alone',
    },
    options: {
      share: {
        type: 'number',
        default: 0.5,
        minimum: 0,
        maximum: 1,
        description: { 'zh-CN': '单个指标分值占全部分值超过这一比例时提示', 'en-US': 'Warn when one indicator carries more than this share of all the points' },
      },
    },
    messages: {
      concentrated: {
        'zh-CN': '指标“{indicator}”的分值是 {weight}，占全部分值 {total} 的 {percent}，评分几乎只看这一项：应把分值分配到各项指标，单项不超过 {cap}',
        'en-US': 'Indicator "{indicator}" carries {weight} of all {total} points ({percent}), so the score hangs on it alone: spread the points over the indicators, at most {cap} for one',
      },
    },
  },
  check({ model, options, report }) {
    for (const table of tables(model)) {
      const weighted = table.indicators.filter((i) => i.weight !== null && i.weight !== undefined && i.weight > 0 && i.cells.weight);
      if (weighted.length < 3) continue;
      // A weight merged over several rows is read on each of them: such a table says nothing about one indicator.
      if (new Set(weighted.map((i) => i.cells.weight)).size < weighted.length) continue;
      const total = weighted.reduce((sum, i) => sum + i.weight!, 0) + (table.execution?.weight ?? 0);
      if (total <= 0) continue;
      for (const indicator of weighted) {
        if (indicator.weight! <= total * options.share + 1e-9) continue;
        report({
          table,
          cell: indicator.cells.weight!,
          messageId: 'concentrated',
          data: {
            indicator: indicator.level3 || indicator.description,
            weight: formatNumber(indicator.weight!),
            total: formatNumber(Math.round(total * 100) / 100),
            percent: `${formatNumber(Math.round((indicator.weight! / total) * 1000) / 10)}%`,
            cap: formatNumber(Math.floor(total * options.share * 100) / 100),
          },
          field: `${indicatorField(indicator)}#weight-share`,
        });
      }
    }
  },
});
