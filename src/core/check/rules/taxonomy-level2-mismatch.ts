/** Rule 7: a level-2 name placed under the wrong level-1 (社会效益指标 under 产出指标, 质量指标 under 效益指标). */
import { defineRule } from '../define';
import { tables } from '../indicator-kinds';
import { baseName, homeOf, LEVEL1_STANDARD, LEVEL2_UNDER, standardLevel1 } from '../taxonomy';

export default defineRule({
  meta: {
    id: 'taxonomy/level2-mismatch',
    category: 'taxonomy',
    severity: 'error',
    description: { 'zh-CN': '二级指标必须属于其一级指标', 'en-US': 'A level-2 name must belong to its level-1' },
    messages: {
      misplaced: {
        'zh-CN': '二级指标“{level2}”不属于一级指标“{level1}”，应放在“{home}”下；若内容确属“{level1}”，请改用其下的二级指标（{allowed}）',
        'en-US': 'Level 2 "{level2}" does not belong under "{level1}"; it belongs under "{home}" (or use one of {allowed})',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const reported = new Set<string>();
      for (const indicator of table.indicators) {
        const level1 = standardLevel1(indicator.level1) ?? baseName(indicator.level1);
        const level2 = baseName(indicator.level2);
        const allowed = LEVEL2_UNDER[level1];
        if (!allowed || level2 === '' || allowed.includes(level2)) continue;
        const home = homeOf(level2);
        if (home === null || home === level1) continue; // unknown names are a naming matter, not a misplacement
        const cell = indicator.cells.level2 ?? indicator.cells.level3 ?? 'A1';
        if (reported.has(cell)) continue;
        reported.add(cell);
        report({
          table,
          cell,
          messageId: 'misplaced',
          data: {
            level1: indicator.level1,
            level2: indicator.level2,
            home: LEVEL1_STANDARD[home],
            allowed: allowed.map((n) => `${n}指标`).join('、'),
          },
          field: `level2:${indicator.level1}/${indicator.level2}`,
        });
      }
    }
  },
});
