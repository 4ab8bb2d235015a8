/** Rule 7: a level-1 name outside the taxonomy. */
import { defineRule } from '../define';
import { indicatorField, isProject, tables } from '../indicator-kinds';
import { baseName, DEPARTMENT_LEVEL1, isLocalLevel1, standardLevel1 } from '../taxonomy';
import { parseA1, toA1 } from '../../grid';

export default defineRule({
  meta: {
    id: 'taxonomy/level1-unknown',
    category: 'taxonomy',
    severity: 'error',
    description: {
      'zh-CN': '一级指标必须是产出指标、效益指标、满意度指标（2021年框架另有成本指标）',
      'en-US': 'Level-1 names must be 产出指标, 效益指标, 满意度指标 (and 成本指标 in the 2021 framework)',
    },
    messages: {
      unknown: {
        'zh-CN': '一级指标“{name}”不是规范的一级指标，应为 产出指标、成本指标、效益指标、满意度指标 之一',
        'en-US': 'Level 1 "{name}" is not a level-1 indicator; use one of 产出指标, 成本指标, 效益指标, 满意度指标',
      },
      columnEmpty: {
        'zh-CN': '一级指标一栏整列空白（{count} 行指标都没有填写）：每行都应归入 产出指标、成本指标、效益指标 或 满意度指标',
        'en-US': 'The level-1 column is blank on all {count} indicator rows: each row belongs under output, cost, benefit or satisfaction',
      },
      empty: {
        'zh-CN': '“{indicator}”所在行的一级指标为空，应填写 产出指标、成本指标、效益指标 或 满意度指标',
        'en-US': 'The row of "{indicator}" has no level-1 name; fill in 产出指标, 成本指标, 效益指标 or 满意度指标',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      // A column left blank from top to bottom is one omission, said once at its first cell.
      const header = isProject(table) && table.indicatorHeader ? parseA1(table.indicatorHeader) : null;
      // A table without a level-1 column is read with the level unknown (a reader note says so): nothing to check here.
      if (table.levelsUnknown?.includes('level1')) continue;
      if (header && table.indicators.length >= 2 && table.indicators.every((i) => baseName(i.level1) === '')) {
        const [first] = table.indicators;
        report({
          table,
          cell: toA1(first.row, header.col),
          messageId: 'columnEmpty',
          data: { count: table.indicators.length },
          field: 'indicators#level1',
        });
        continue;
      }
      const reported = new Set<string>();
      for (const indicator of table.indicators) {
        const base = baseName(indicator.level1);
        // Local names (预期产出指标, 效果指标, 过程管理指标) are understood: the naming rule speaks of them at info.
        const known = standardLevel1(indicator.level1) !== null || isLocalLevel1(indicator.level1) || (!isProject(table) && DEPARTMENT_LEVEL1.includes(base));
        if (known) continue;
        const cell = indicator.cells.level1 ?? indicator.cells.level3 ?? 'A1';
        if (reported.has(cell)) continue; // one finding per (merged) level-1 cell
        reported.add(cell);
        if (base === '') {
          report({ table, cell, messageId: 'empty', data: { indicator: indicator.level3 }, field: `${indicatorField(indicator)}#level1` });
        } else {
          report({ table, cell, messageId: 'unknown', data: { name: indicator.level1 }, field: `level1:${indicator.level1}` });
        }
      }
    }
  },
});
