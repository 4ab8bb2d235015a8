/** A self-evaluation whose budget was adjusted during the year (年初预算数 ≠ 全年预算数): the form asks for the reason. */
import { defineRule } from '../define';
import { formatNumber } from '../../normalize/text';
import { tableName, tables } from '../indicator-kinds';

export default defineRule({
  meta: {
    id: 'evaluation/budget-adjusted',
    category: 'evaluation',
    severity: 'info',
    description: {
      'zh-CN': '年初预算数与全年预算数不同（年中调整了预算），应说明调整原因',
      'en-US': 'The initial budget differs from the full-year budget (adjusted during the year); the reason should be given',
    },
    messages: {
      adjusted: {
        'zh-CN': '项目“{project}”年初预算 {initial}，全年预算调整为 {fullYear}：请说明调整原因',
        'en-US': '"{project}" started the year with {initial} and ended with a budget of {fullYear}: explain the adjustment',
      },
    },
  },
  check({ model, report }) {
    for (const table of tables(model)) {
      const e = table.execution;
      if (!e || e.initial === null || e.fullYear === null || e.initial <= 0 || Math.abs(e.initial - e.fullYear) <= 0.005 || !e.cells.fullYear) continue;
      report({
        table,
        cell: e.cells.fullYear,
        cells: e.cells.initial ? [e.cells.initial] : [],
        messageId: 'adjusted',
        data: { project: tableName(table), initial: formatNumber(e.initial), fullYear: formatNumber(e.fullYear) },
        field: 'execution#adjusted',
      });
    }
  },
});
