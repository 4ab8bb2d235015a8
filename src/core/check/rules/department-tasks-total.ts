/**
 * Department-wide task lists (年度主要任务 / 年度重点工作任务): the 金额合计 row equals the sum of the tasks, column by
 * column, and where the money is split by source (总额 | 财政拨款 | 其他资金) each row's 总额 equals its sources.
 */
import { defineRule, money, sameAmount } from '../define';
import type { DepartmentMoney, DepartmentTask } from '../../model';

function sumOf(amounts: (number | null)[]): number | null {
  if (amounts.every((a) => a === null)) return null;
  return amounts.reduce<number>((acc, a) => acc + (a ?? 0), 0);
}

/** The amount column and each source column, by label, so that a total row is compared column by column. */
function columns(task: DepartmentTask, totalLabel: string): DepartmentMoney[] {
  return [{ label: totalLabel, amount: task.amount, cell: task.cell }, ...task.sources];
}

export default defineRule({
  meta: {
    id: 'department/tasks-total',
    category: 'department',
    severity: 'error',
    description: {
      'zh-CN': '部门整体年度主要任务的“金额合计”应等于各任务之和；按来源拆分时，每行总额应等于各来源之和',
      'en-US': 'The total row of department-wide tasks equals the sum of the tasks; where money is split by source, each row’s total equals its sources',
    },
    messages: {
      total: {
        'zh-CN': '年度主要任务的金额合计 {total} 不等于 {count} 项任务之和 {sum}，相差 {difference}',
        'en-US': 'The tasks’ total {total} does not equal the sum of the {count} tasks, {sum} (off by {difference})',
      },
      sourceTotal: {
        'zh-CN': '年度主要任务的“{column}”合计 {total} 不等于 {count} 项任务之和 {sum}，相差 {difference}',
        'en-US': 'The tasks’ total of "{column}", {total}, does not equal the sum of the {count} tasks, {sum} (off by {difference})',
      },
      sources: {
        'zh-CN': '“{task}”的总额 {total} 不等于{parts}之和 {sum}，相差 {difference}',
        'en-US': 'The total {total} of "{task}" does not equal the sum of {parts}, {sum} (off by {difference})',
      },
    },
  },
  check({ model, report }) {
    for (const department of model.departments) {
      const unit = department.budgetUnit ?? '';
      const total = department.tasksTotal;
      if (total && department.tasks.length > 0) {
        const tasksByColumn = department.tasks.map((task) => columns(task, '总额'));
        columns(total, '总额').forEach((column, i) => {
          if (column.amount === null) return;
          const sum = sumOf(tasksByColumn.map((taskColumns) => taskColumns[i]?.amount ?? null));
          if (sum === null || sameAmount(sum, column.amount)) return;
          report({
            table: department,
            cell: column.cell,
            cells: tasksByColumn.map((taskColumns) => taskColumns[i]?.cell).filter((c): c is string => c !== undefined),
            messageId: i === 0 ? 'total' : 'sourceTotal',
            data: {
              column: column.label,
              total: money(column.amount, unit),
              count: String(department.tasks.length),
              sum: money(sum, unit),
              difference: money(Math.abs(sum - column.amount), unit),
            },
            // No suggestion: the wrong figure may be a task's as well as the total.
            field: `tasks-total:${column.label}`,
          });
        });
      }
      for (const task of total ? [...department.tasks, total] : department.tasks) {
        if (task.amount === null || task.sources.length < 2) continue;
        const sum = sumOf(task.sources.map((s) => s.amount));
        if (sum === null || sameAmount(sum, task.amount)) continue;
        report({
          table: department,
          cell: task.cell,
          cells: task.sources.map((s) => s.cell),
          messageId: 'sources',
          data: {
            task: task.name,
            total: money(task.amount, unit),
            parts: task.sources.map((s) => s.label).join('、'),
            sum: money(sum, unit),
            difference: money(Math.abs(sum - task.amount), unit),
          },
          field: `task-sources:${task.name}`,
        });
      }
    }
  },
});
