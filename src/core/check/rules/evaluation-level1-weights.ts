/**
 * The level-1 weights of a self-evaluation against the Ministry's convention for project self-evaluations
 * (财预〔2020〕10号《项目支出绩效评价管理办法》, 附件 项目支出绩效自评表 说明: 一级指标权重统一设置为产出指标 50%、
 * 效益指标 30%、服务对象满意度指标 10%、预算资金执行率 10%). Provinces and departments may set their own, so this is a
 * hint at info, and the figures are options.
 */
import { defineRule } from '../define';
import { tables } from '../indicator-kinds';
import { hasActuals } from '../evaluation';
import { standardLevel1 } from '../taxonomy';
import { formatNumber } from '../../normalize/text';

interface Options extends Record<string, unknown> {
  output: number;
  benefit: number;
  satisfaction: number;
  execution: number;
}

export default defineRule<Options>({
  meta: {
    id: 'evaluation/level1-weights',
    category: 'evaluation',
    severity: 'info',
    description: {
      'zh-CN': '自评表一级指标的分值与通行规定（产出50、效益30、满意度10、预算执行10）不同',
      'en-US': 'A self-evaluation\u2019s level-1 weights differ from the usual convention (output 50, benefit 30, satisfaction 10, execution 10)',
    },
    messages: {
      differs: {
        'zh-CN': '一级指标分值为 {actual}，与通行规定 {expected} 不同：如无本地规定，请按规定调整分值',
        'en-US': 'The level-1 weights are {actualEn}, not the usual {expectedEn}: adjust them unless a local rule says otherwise',
      },
    },
    options: {
      output: { type: 'number', default: 50, minimum: 0, maximum: 100, description: { 'zh-CN': '产出指标（含成本指标）的分值', 'en-US': 'Weight of output (cost included)' } },
      benefit: { type: 'number', default: 30, minimum: 0, maximum: 100, description: { 'zh-CN': '效益指标的分值', 'en-US': 'Weight of benefit' } },
      satisfaction: { type: 'number', default: 10, minimum: 0, maximum: 100, description: { 'zh-CN': '满意度指标的分值', 'en-US': 'Weight of satisfaction' } },
      execution: { type: 'number', default: 10, minimum: 0, maximum: 100, description: { 'zh-CN': '预算执行的分值', 'en-US': 'Weight of budget execution' } },
    },
  },
  check({ model, options, report }) {
    for (const table of tables(model)) {
      if (!hasActuals(table.indicators)) continue;
      const sums: Record<string, number> = { 产出: 0, 效益: 0, 满意度: 0 };
      const cells: Record<string, string | undefined> = {};
      const weightCells: Record<string, string[]> = { 产出: [], 效益: [], 满意度: [] };
      const seen = new Set<string>();
      let unknown = false;
      for (const indicator of table.indicators) {
        if (indicator.weight == null || !indicator.cells.weight || seen.has(indicator.cells.weight)) continue;
        seen.add(indicator.cells.weight);
        let level1 = standardLevel1(indicator.level1);
        if (level1 === '成本') level1 = '产出';
        // The oldest forms put satisfaction under 效益.
        if (level1 === '效益' && /满意/.test(indicator.level2)) level1 = '满意度';
        if (level1 === null || !(level1 in sums)) {
          unknown = true;
          break;
        }
        sums[level1] += indicator.weight;
        cells[level1] ??= indicator.cells.level1;
        weightCells[level1].push(indicator.cells.weight);
      }
      // A table without one of the three (cut short, or a heading missing) is another rule's matter.
      if (unknown || seen.size < 3 || Object.values(sums).some((s) => s === 0)) continue;
      const expected = { 产出: options.output, 效益: options.benefit, 满意度: options.satisfaction };
      const differs = (Object.keys(expected) as (keyof typeof expected)[]).filter((k) => Math.abs(sums[k] - expected[k]) > 0.01);
      if (differs.length === 0) continue;
      const show = (values: Record<string, number>, zh: boolean): string =>
        (['产出', '效益', '满意度'] as const).map((k) => `${zh ? k : { 产出: 'output', 效益: 'benefit', 满意度: 'satisfaction' }[k]} ${formatNumber(values[k])}`).join(zh ? '、' : ', ');
      const at = differs.map((k) => cells[k]).filter((c): c is string => c !== undefined);
      if (at.length === 0) continue;
      report({
        table,
        cell: at[0],
        // The level-1 names and the weights that make up the differing totals.
        cells: [...at.slice(1), ...differs.flatMap((k) => weightCells[k])],
        messageId: 'differs',
        data: {
          actual: show(sums, true),
          expected: `${show(expected, true)}、预算执行 ${formatNumber(options.execution)}`,
          actualEn: show(sums, false),
          expectedEn: `${show(expected, false)}, execution ${formatNumber(options.execution)}`,
        },
        field: 'level1-weights',
      });
    }
  },
});
