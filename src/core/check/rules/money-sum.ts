/** Rule 2: 预算数 = 财政资金 + 其他资金 (+ 上年结转 where the template has it). */
import { defineRule, money } from '../define';
import { tableName } from '../indicator-kinds';

/** Amounts are written to the cent; a difference below half a cent is rounding. */
const TOLERANCE = 0.005;

export default defineRule({
  meta: {
    id: 'money/sum',
    category: 'money',
    severity: 'error',
    description: {
      'zh-CN': '预算数应等于财政资金与其他资金之和（其他资金空白按 0 计）',
      'en-US': 'The budget must equal fiscal money plus other money (blank other money counts as 0)',
    },
    messages: {
      mismatch: {
        'zh-CN': '预算数 {budget} 不等于 财政资金 {fiscal} + 其他资金 {other} = {sum}，相差 {difference}；请核对金额',
        'en-US': 'The budget {budget} does not equal fiscal {fiscal} + other {other} = {sum} (off by {difference}); check the amounts',
      },
      mismatchWithCarryOver: {
        'zh-CN': '预算数 {budget} 不等于 财政资金 {fiscal} + 上年结转 {carry} + 其他资金 {other} = {sum}，相差 {difference}；请核对金额',
        'en-US': 'The budget {budget} does not equal fiscal {fiscal} + carried over {carry} + other {other} = {sum} (off by {difference}); check the amounts',
      },
    },
  },
  check({ model, report }) {
    for (const project of model.projects) {
      const { budget, fiscal } = project;
      if (budget === null || fiscal === null) continue;
      const other = project.other ?? 0;
      const carry = project.carryOver ?? 0;
      const sum = fiscal + other + carry;
      if (Math.abs(sum - budget) <= TOLERANCE) continue;
      const unit = project.budgetUnit;
      report({
        table: project,
        cell: project.cells.budget ?? 'A1',
        cells: [project.cells.fiscal, project.cells.other, project.cells.carryOver].filter((c): c is string => !!c),
        messageId: project.carryOver !== null ? 'mismatchWithCarryOver' : 'mismatch',
        data: {
          project: tableName(project),
          budget: money(budget, unit),
          fiscal: money(fiscal, unit),
          other: money(other, unit),
          carry: money(carry, unit),
          sum: money(sum, unit),
          difference: money(Math.abs(sum - budget), unit),
        },
        field: 'budget',
      });
    }
  },
});
